namespace Weft;

/// <summary>A step of a <see cref="StandaloneRun"/>.</summary>
/// <param name="Step">The node's name.</param>
/// <param name="CodeFingerprint">Its code fingerprint in the program that started the run.</param>
public sealed record StandaloneRunStep(string Step, string CodeFingerprint);

namespace Weft;

/// <summary>A pipeline parameter of a <see cref="StandaloneRun"/>.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">Its value as the parameter's serializer writes it (the form a run records).</param>
public sealed record StandaloneRunParameter(string Name, string Value);

namespace Weft;

/// <summary>A metadata entry a step logged in its process.</summary>
/// <param name="Key">The entry's key.</param>
/// <param name="Value">Its value.</param>
public sealed record StepResultMetadata(string Key, string Value);

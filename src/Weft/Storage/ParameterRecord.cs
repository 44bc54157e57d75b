namespace Weft.Storage;

/// <summary>The value a run gave one pipeline parameter.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="TypeName">Its C# type.</param>
/// <param name="Value">The value as its serializer writes it (JSON for built-in and generated serializers).</param>
/// <param name="ContentHash">For a <see cref="DataFile"/>: the hash of the file's content when the run started (<c>sha256:…</c>).</param>
public sealed record ParameterRecord(string Name, string TypeName, string? Value, string? ContentHash);

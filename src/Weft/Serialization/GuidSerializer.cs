using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Guid"/> values as JSON strings in the 36-character <c>D</c> format.</summary>
public sealed class GuidSerializer : JsonArtifactSerializer<Guid>
{
    /// <inheritdoc />
    public override string Schema => "guid";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public override Guid Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a guid (a JSON string like \"00000000-0000-0000-0000-000000000000\")");
}

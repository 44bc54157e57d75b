using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="bool"/> values as JSON <c>true</c>/<c>false</c>.</summary>
public sealed class BooleanSerializer : JsonArtifactSerializer<bool>
{
    /// <inheritdoc />
    public override string Schema => "bool";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonReading.Unexpected(ref reader, "a bool (true or false)"),
    };
}

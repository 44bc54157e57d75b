using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="string"/> values as JSON strings; <see langword="null"/> as JSON <c>null</c>.</summary>
public sealed class StringSerializer : JsonArtifactSerializer<string>
{
    /// <inheritdoc />
    public override string Schema => "string";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <inheritdoc />
    public override string Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Null => null!,
        _ => throw JsonReading.Unexpected(ref reader, "a string (a JSON string or null)"),
    };
}

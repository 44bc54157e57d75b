using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores <see cref="char"/> values as one-character JSON strings; a lone surrogate, which JSON text cannot carry,
/// as its UTF-16 code unit number.
/// </summary>
public sealed class CharSerializer : JsonArtifactSerializer<char>
{
    /// <inheritdoc />
    public override string Schema => "char";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, char value)
    {
        if (char.IsSurrogate(value))
        {
            writer.WriteNumberValue((int)value);
        }
        else
        {
            writer.WriteStringValue([value]);
        }
    }

    /// <inheritdoc />
    public override char Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: 1 } text)
        {
            return text[0];
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt16(out var codeUnit)
            ? (char)codeUnit
            : throw JsonReading.Unexpected(ref reader, "a char (a one-character JSON string)");
    }
}

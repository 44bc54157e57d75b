using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores <see cref="float"/> values as JSON numbers in their shortest round-trip form; NaN and the infinities
/// as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>.
/// </summary>
public sealed class SingleSerializer : JsonArtifactSerializer<float>
{
    /// <inheritdoc />
    public override string Schema => "float32";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            FloatingPoint.WriteNonFinite(writer, value);
        }
    }

    /// <inheritdoc />
    public override float Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetSingle(out var number))
        {
            return number;
        }

        return FloatingPoint.TryReadNonFinite(ref reader, out var special)
            ? (float)special
            : throw JsonReading.Unexpected(ref reader, "a float32 (a JSON number, \"NaN\", \"Infinity\" or \"-Infinity\")");
    }
}

using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores <see cref="double"/> values as JSON numbers in their shortest round-trip form; NaN and the infinities
/// as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>.
/// </summary>
public sealed class DoubleSerializer : JsonArtifactSerializer<double>
{
    /// <inheritdoc />
    public override string Schema => "float64";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            FloatingPoint.WriteNonFinite(writer, value);
        }
    }

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
        {
            return number;
        }

        return FloatingPoint.TryReadNonFinite(ref reader, out var special)
            ? special
            : throw JsonReading.Unexpected(ref reader, "a float64 (a JSON number, \"NaN\", \"Infinity\" or \"-Infinity\")");
    }
}

using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// JSON has no NaN or infinities, so <see cref="double"/> and <see cref="float"/> serializers store them as the strings
/// <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c> (the names System.Text.Json also uses).
/// </summary>
internal static class FloatingPoint
{
    public const string NaN = "NaN";
    public const string PositiveInfinity = "Infinity";
    public const string NegativeInfinity = "-Infinity";

    public static void WriteNonFinite(Utf8JsonWriter writer, double value)
        => writer.WriteStringValue(double.IsNaN(value) ? NaN : value > 0 ? PositiveInfinity : NegativeInfinity);

    public static bool TryReadNonFinite(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (reader.ValueTextEquals(NaN))
        {
            value = double.NaN;
        }
        else if (reader.ValueTextEquals(PositiveInfinity))
        {
            value = double.PositiveInfinity;
        }
        else if (reader.ValueTextEquals(NegativeInfinity))
        {
            value = double.NegativeInfinity;
        }
        else
        {
            return false;
        }

        return true;
    }
}

using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="decimal"/> values as JSON numbers, keeping their scale (<c>1.10</c> stays <c>1.10</c>).</summary>
public sealed class DecimalSerializer : JsonArtifactSerializer<decimal>
{
    /// <inheritdoc />
    public override string Schema => "decimal";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <inheritdoc />
    public override decimal Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
            ? value
            : throw JsonReading.Unexpected(ref reader, "a decimal (a JSON number in range)");
}

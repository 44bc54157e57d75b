using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores <see cref="Dictionary{TKey, TValue}"/>s with string keys as JSON objects, in enumeration order, each value through
/// <see cref="Value"/>; <see langword="null"/> as JSON <c>null</c>. They read back with ordinal key comparison.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class DictionarySerializer<T> : JsonArtifactSerializer<Dictionary<string, T>>
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="value">The serializer of the values.</param>
    public DictionarySerializer(JsonArtifactSerializer<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The serializer of the values.</summary>
    public JsonArtifactSerializer<T> Value { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"map<string,{Value.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Dictionary<string, T> value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonCollections.WriteMap(writer, value, Value);
        }
    }

    /// <inheritdoc />
    public override Dictionary<string, T> Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null! : JsonCollections.ReadMap(ref reader, Value, Schema);
}

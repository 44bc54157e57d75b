using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores values typed as <see cref="IReadOnlyDictionary{TKey, TValue}"/> or <see cref="IDictionary{TKey, TValue}"/> with
/// string keys as JSON objects, like <see cref="DictionarySerializer{T}"/>; they read back as a
/// <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
/// <typeparam name="TDictionary">The interface type; <see cref="Dictionary{TKey, TValue}"/> must implement it.</typeparam>
/// <typeparam name="T">The value type.</typeparam>
public sealed class DictionaryInterfaceSerializer<TDictionary, T> : JsonArtifactSerializer<TDictionary>
    where TDictionary : class, IEnumerable<KeyValuePair<string, T>>
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="value">The serializer of the values.</param>
    /// <exception cref="ArgumentException"><see cref="Dictionary{TKey, TValue}"/> does not implement <typeparamref name="TDictionary"/>.</exception>
    public DictionaryInterfaceSerializer(JsonArtifactSerializer<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (new Dictionary<string, T>() is not TDictionary)
        {
            throw new ArgumentException($"Dictionary<string, {typeof(T).Name}> does not implement {typeof(TDictionary).Name}.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The serializer of the values.</summary>
    public JsonArtifactSerializer<T> Value { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"map<string,{Value.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TDictionary value)
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
    public override TDictionary Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null! : (TDictionary)(object)JsonCollections.ReadMap(ref reader, Value, Schema);
}

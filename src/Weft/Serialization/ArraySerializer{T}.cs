using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores arrays as JSON arrays, each element through <see cref="Element"/>; <see langword="null"/> as JSON <c>null</c>.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ArraySerializer<T> : JsonArtifactSerializer<T[]>
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="element">The serializer of the elements.</param>
    public ArraySerializer(JsonArtifactSerializer<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Element = element;
    }

    /// <summary>The serializer of the elements.</summary>
    public JsonArtifactSerializer<T> Element { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"array<{Element.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T[] value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            Element.Write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <inheritdoc />
    public override T[] Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null! : JsonCollections.ReadSequence(ref reader, Element, Schema).ToArray();
}

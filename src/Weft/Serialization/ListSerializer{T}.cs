using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="List{T}"/>s as JSON arrays, each element through <see cref="Element"/>; <see langword="null"/> as JSON <c>null</c>.</summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ListSerializer<T> : JsonArtifactSerializer<List<T>>
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="element">The serializer of the elements.</param>
    public ListSerializer(JsonArtifactSerializer<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Element = element;
    }

    /// <summary>The serializer of the elements.</summary>
    public JsonArtifactSerializer<T> Element { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"list<{Element.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, List<T> value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonCollections.WriteSequence(writer, value, Element);
        }
    }

    /// <inheritdoc />
    public override List<T> Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null! : JsonCollections.ReadSequence(ref reader, Element, Schema);
}

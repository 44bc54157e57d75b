using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores values typed as a list interface (<see cref="IEnumerable{T}"/>, <see cref="IReadOnlyList{T}"/>,
/// <see cref="IList{T}"/>, <see cref="ICollection{T}"/>, <see cref="IReadOnlyCollection{T}"/>) as JSON arrays, like
/// <see cref="ListSerializer{T}"/>; they read back as a <see cref="List{T}"/>.
/// </summary>
/// <typeparam name="TList">The interface type; <see cref="List{T}"/> must implement it.</typeparam>
/// <typeparam name="T">The element type.</typeparam>
public sealed class ListInterfaceSerializer<TList, T> : JsonArtifactSerializer<TList>
    where TList : class, IEnumerable<T>
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="element">The serializer of the elements.</param>
    /// <exception cref="ArgumentException"><see cref="List{T}"/> does not implement <typeparamref name="TList"/>.</exception>
    public ListInterfaceSerializer(JsonArtifactSerializer<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (new List<T>() is not TList)
        {
            throw new ArgumentException($"List<{typeof(T).Name}> does not implement {typeof(TList).Name}.", nameof(element));
        }

        Element = element;
    }

    /// <summary>The serializer of the elements.</summary>
    public JsonArtifactSerializer<T> Element { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"list<{Element.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TList value)
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
    public override TList Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null! : (TList)(object)JsonCollections.ReadSequence(ref reader, Element, Schema);
}

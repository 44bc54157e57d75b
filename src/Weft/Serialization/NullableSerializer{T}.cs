using System.Text.Json;

namespace Weft.Serialization;

/// <summary>Stores <see cref="Nullable{T}"/> values: no value as JSON <c>null</c>, a value through <see cref="Underlying"/>.</summary>
/// <typeparam name="T">The underlying value type.</typeparam>
public sealed class NullableSerializer<T> : JsonArtifactSerializer<T?>
    where T : struct
{
    private string? _schema;

    /// <summary>Creates the serializer.</summary>
    /// <param name="underlying">The serializer of the underlying type.</param>
    public NullableSerializer(JsonArtifactSerializer<T> underlying)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        Underlying = underlying;
    }

    /// <summary>The serializer of the underlying type.</summary>
    public JsonArtifactSerializer<T> Underlying { get; }

    /// <inheritdoc />
    public override string Schema => _schema ??= $"nullable<{Underlying.Schema}>";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T? value)
    {
        if (value is { } present)
        {
            Underlying.Write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : Underlying.Read(ref reader);
}

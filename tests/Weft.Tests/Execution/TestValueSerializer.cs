using System.Text.Json;

namespace Weft.Tests.Execution;

/// <summary>
/// The serializer of hand-built test definitions, whose outputs are typed <c>object</c>: stores the few value kinds the tests
/// use as tagged JSON, so that the recording executor can store, hash and read them back. Other kinds fail the step.
/// </summary>
internal sealed class TestValueSerializer : IArtifactSerializer
{
    public static TestValueSerializer Instance { get; } = new();

    public string Schema => "test-value";

    public string SchemaFingerprint => "7465737476616c75";

    public async ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken)
    {
        var (tag, payload) = value switch
        {
            null => ("null", (object?)null),
            int i => ("int", i),
            long l => ("long", l),
            double d => ("double", d),
            bool b => ("bool", b),
            string s => ("string", s),
            List<int> list => ("list-int", list),
            int[] array => ("int-array", array),
            byte[] bytes => ("bytes", bytes),
            _ => throw new NotSupportedException($"The test serializer cannot store a {value.GetType()}."),
        };
        await using var writer = new Utf8JsonWriter(destination);
        writer.WriteStartObject();
        writer.WriteString("tag", tag);
        writer.WritePropertyName("value");
        switch (payload)
        {
            case null: writer.WriteNullValue(); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
            case IEnumerable<int> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    writer.WriteNumberValue(item);
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    public async ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(source, cancellationToken: cancellationToken);
        var value = document.RootElement.GetProperty("value");
        return document.RootElement.GetProperty("tag").GetString() switch
        {
            "null" => null,
            "int" => value.GetInt32(),
            "long" => value.GetInt64(),
            "double" => value.GetDouble(),
            "bool" => value.GetBoolean(),
            "string" => value.GetString(),
            "list-int" => value.EnumerateArray().Select(e => e.GetInt32()).ToList(),
            "int-array" => value.EnumerateArray().Select(e => e.GetInt32()).ToArray(),
            "bytes" => value.GetBytesFromBase64(),
            var tag => throw new ArtifactFormatException($"Unknown test value tag '{tag}'."),
        };
    }
}

using System.Text.Json;

namespace Weft.Serialization;

/// <summary>The JSON array and object loops that the collection serializers share.</summary>
internal static class JsonCollections
{
    public static void WriteSequence<T>(Utf8JsonWriter writer, IEnumerable<T> items, JsonArtifactSerializer<T> element)
    {
        writer.WriteStartArray();
        if (items is List<T> list)
        {
            // Avoids the boxed interface enumerator for the common case.
            foreach (var item in list)
            {
                element.Write(writer, item);
            }
        }
        else
        {
            foreach (var item in items)
            {
                element.Write(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    public static List<T> ReadSequence<T>(ref Utf8JsonReader reader, JsonArtifactSerializer<T> element, string schema)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartArray, $"a JSON array for {schema}");
        var items = new List<T>();
        while (true)
        {
            JsonReading.Advance(ref reader, $"an element of {schema} or the end of the array");
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            items.Add(element.Read(ref reader));
        }
    }

    public static void WriteMap<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> entries, JsonArtifactSerializer<T> element)
    {
        writer.WriteStartObject();
        if (entries is Dictionary<string, T> dictionary)
        {
            foreach (var (key, value) in dictionary)
            {
                writer.WritePropertyName(key);
                element.Write(writer, value);
            }
        }
        else
        {
            foreach (var (key, value) in entries)
            {
                writer.WritePropertyName(key);
                element.Write(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonArtifactSerializer<T> element, string schema)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, $"a JSON object for {schema}");
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        while (true)
        {
            JsonReading.Advance(ref reader, $"a key of {schema} or the end of the object");
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return entries;
            }

            var key = reader.GetString()!;
            var position = reader.TokenStartIndex;
            JsonReading.Advance(ref reader, $"the value of key '{key}' of {schema}");
            if (!entries.TryAdd(key, element.Read(ref reader)))
            {
                throw new ArtifactFormatException($"Key '{key}' of {schema} occurs more than once (at byte {position}).");
            }
        }
    }
}

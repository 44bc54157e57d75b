using System.Text.Json;

namespace Weft.Serialization;

/// <summary>
/// Stores a <see cref="Weft.DataFile"/> as its path (a JSON string; <see langword="null"/> as JSON <c>null</c>). The file's
/// content is not stored: it enters the cache key and the lineage through its hash.
/// </summary>
public sealed class DataFileSerializer : JsonArtifactSerializer<DataFile>
{
    /// <inheritdoc />
    public override string Schema => "datafile";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DataFile value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Path);
        }
    }

    /// <inheritdoc />
    public override DataFile Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.Expect(ref reader, JsonTokenType.String, "a datafile (a JSON string holding a path)");
        var path = reader.GetString()!;
        try
        {
            return DataFile.From(path);
        }
        catch (ArgumentException ex)
        {
            throw new ArtifactFormatException($"Expected a datafile path but found \"{path}\" at byte {reader.TokenStartIndex}: {ex.Message}", ex);
        }
    }
}

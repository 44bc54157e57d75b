using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Weft.Cli;

/// <summary>
/// Shows a value as its serializer stores it (canonical JSON for parameters and most artifacts), so what the command
/// line prints is what enters cache keys and records; other values fall back to an invariant text.
/// </summary>
internal static class ValueText
{
    private static readonly JsonWriterOptions s_readable = new()
    {
        // Serializers escape for safety in HTML ('+' as \u002B); a terminal and a JSON tool want the character itself.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical JSON of <paramref name="value"/>, or <see langword="null"/> when its serializer does not write JSON.</summary>
    public static string? Json(object? value, IArtifactSerializer serializer)
    {
        var bytes = Serialize(value, serializer);
        return bytes is null ? null : Readable(bytes);
    }

    /// <summary>The value for a person to read, shortened to <paramref name="maxLength"/> characters.</summary>
    public static string Of(object? value, IArtifactSerializer serializer, int maxLength = 60)
    {
        var text = Json(value, serializer) ?? Fallback(value);
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    private static byte[]? Serialize(object? value, IArtifactSerializer serializer)
    {
        try
        {
            using var buffer = new MemoryStream();
            var write = serializer.WriteObjectAsync(value, buffer, CancellationToken.None);
            if (!write.IsCompletedSuccessfully)
            {
                // Built-in and generated serializers finish synchronously; a materializer may not, and is waited for.
                write.AsTask().GetAwaiter().GetResult();
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A value that cannot be shown must not fail the command that wanted to show it.
            return null;
        }
    }

    /// <summary>Stored bytes as readable JSON shortened to <paramref name="maxLength"/>; <see langword="null"/> if they are not JSON.</summary>
    public static string? Readable(byte[] bytes, int maxLength)
    {
        var text = Readable(bytes);
        return text is null || text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
    }

    /// <summary>The same JSON value, compact and with only the escapes JSON requires; <see langword="null"/> if the bytes are not JSON.</summary>
    private static string? Readable(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, s_readable))
            {
                document.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Fallback(object? value) => value switch
    {
        null => "null",
        byte[] bytes => bytes.Length.ToString(CultureInfo.InvariantCulture) + " bytes",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };
}

using System.Formats.Tar;
using System.Text;
using System.Text.Json;
using Weft.Storage;

namespace Weft.Cli.Output;

/// <summary>What <c>artifacts show</c> prints: the record, who produced it, and its value as stored.</summary>
internal static class ArtifactView
{
    // Enough of a value to recognize it; the whole of it is one --output away.
    private const int MaxValueLines = 40;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="output">Where to write.</param>
    /// <param name="artifact">The artifact's record.</param>
    /// <param name="bytes">Its bytes, as stored.</param>
    /// <param name="saving">Whether the command also writes them to a file (then no line suggests --output).</param>
    public static void Write(TextWriter output, ArtifactRecord artifact, byte[] bytes, bool saving)
    {
        output.WriteLine("Artifact " + artifact.Id);
        var fields = new List<string[]>
        {
            new[] { "Type", TypeText.Short(artifact.TypeName) },
            new[] { "Schema", artifact.SchemaFingerprint },
            new[] { "Size", Texts.Size(artifact.Size) },
            new[] { "Stored", artifact.Path ?? "inline in the metadata database" },
            new[] { "Created", Texts.Time(artifact.CreatedAt) },
        };
        if (artifact.ProducerNode is not null)
        {
            fields.Add(["Produced by", $"{artifact.ProducerPipeline}.{artifact.ProducerNode} output '{artifact.ProducerOutput}' in run {artifact.ProducerRunId}"]);
        }

        Columns.Write(output, fields);
        output.WriteLine("Value:");
        foreach (var line in ArchiveLines(artifact.TypeName, bytes, saving) ?? ValueLines(bytes, saving))
        {
            output.WriteLine("  " + line);
        }

        output.Flush();
    }

    private static IEnumerable<string> ValueLines(byte[] bytes, bool saving)
    {
        var json = PrettyJson(bytes);
        if (json is null && ReadableText(bytes) is { } text)
        {
            // A materializer's own text format (CSV, YAML, a model card) reads better as itself than as hex.
            var textLines = text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            return [$"Text, not JSON ({bytes.Length} bytes):", .. Capped(textLines, saving)];
        }

        if (json is null)
        {
            var preview = Convert.ToHexStringLower(bytes.AsSpan(0, Math.Min(bytes.Length, 32)));
            return [$"{bytes.Length} bytes, not JSON; starts {preview}{(bytes.Length > 32 ? "…" : string.Empty)}{(saving ? string.Empty : " (save them with --output <file>)")}"];
        }

        return Capped(json.Split('\n'), saving);
    }

    /// <summary>
    /// An <c>ArtifactFile</c> or <c>ArtifactDirectory</c> is stored as a tar archive: its entries say more than its first bytes
    /// in hex, and the way back to the files is a command the user can copy.
    /// </summary>
    private static IReadOnlyList<string>? ArchiveLines(string typeName, byte[] bytes, bool saving)
    {
        if (typeName is not ("Weft.ArtifactFile" or "Weft.ArtifactDirectory"))
        {
            return null;
        }

        var entries = new List<string[]>();
        try
        {
            using var reader = new TarReader(new MemoryStream(bytes, writable: false));
            while (reader.GetNextEntry() is { } entry)
            {
                entries.Add(entry.EntryType == TarEntryType.Directory
                    ? [entry.Name, string.Empty]
                    : [entry.Name, Texts.Size(entry.Length)]);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException)
        {
            return null;
        }

        if (entries.Count == 0)
        {
            return null;
        }

        var archive = entries[0][0].TrimEnd('/') + ".tar";
        using var table = new StringWriter { NewLine = "\n" };
        Columns.Write(table, entries);
        var lines = table.ToString().TrimEnd('\n').Split('\n');
        return [$"A tar archive of {Plural.Of(entries.Count, "entry", "entries")}{(saving ? string.Empty : $" (save it with --output {archive}, then 'tar -xf {archive}')")}:", .. Capped(lines, saving)];
    }

    private static IEnumerable<string> Capped(IReadOnlyList<string> lines, bool saving)
        => lines.Count <= MaxValueLines
            ? lines
            : [.. lines.Take(MaxValueLines), $"… {lines.Count - MaxValueLines} more lines{(saving ? string.Empty : " (save the whole value with --output <file>)")}"];

    /// <summary>The bytes as text when they are valid UTF-8 without control characters other than line breaks and tabs.</summary>
    private static string? ReadableText(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return null;
            }
        }

        return text;
    }

    private static string? PrettyJson(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,
                NewLine = "\n",
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }))
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
}

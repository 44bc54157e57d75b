using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Weft.Cli;

/// <summary>
/// The JSON the command line writes for tools (<c>graph --format json</c>, <c>lineage --format json</c>): indented, '\n'
/// line ends and a final one, characters such as '&lt;' and '&gt;' in type names left as they are.
/// </summary>
internal static class ToolJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Type names hold '<' and '>'; this output is a file for tools, not HTML, so they stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The text <paramref name="write"/> writes, followed by a line end.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}

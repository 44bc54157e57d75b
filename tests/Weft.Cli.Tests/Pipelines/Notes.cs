using System.Text;
using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>Raw byte outputs that are not JSON: one is readable text, one is binary.</summary>
[Pipeline]
public static partial class Notes
{
    static void Define(int lines = 3)
    {
        Render(lines);
        Blob();
    }

    [Step]
    static byte[] Render(int lines)
        => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, lines).Select(i => $"note {i}: ünïcode\n")));

    [Step]
    static byte[] Blob() => [0x00, 0x01, 0xfe, 0xff];
}

using Microsoft.CodeAnalysis.Text;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// A test source whose expected diagnostic spans are marked inline with <c>[|...|]</c>. The markers are stripped from
/// <see cref="Text"/>; <see cref="Spans"/> holds the marked spans in the order their opening markers appear.
/// </summary>
public sealed class MarkedSource
{
    private const string Open = "[|";
    private const string Close = "|]";

    private MarkedSource(string path, string text, IReadOnlyList<TextSpan> spans)
    {
        Path = path;
        Text = text;
        Spans = spans;
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public static MarkedSource Parse(string path, string markup)
    {
        var text = new System.Text.StringBuilder(markup.Length);
        var starts = new Stack<(int Index, int Start)>();
        var spans = new List<(int Index, TextSpan Span)>();
        var opened = 0;
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, Open, 0, Open.Length) == 0)
            {
                starts.Push((opened++, text.Length));
                i += Open.Length - 1;
            }
            else if (string.CompareOrdinal(markup, i, Close, 0, Close.Length) == 0)
            {
                if (starts.Count == 0)
                {
                    throw new ArgumentException($"'{Close}' without '{Open}' at offset {i} of {path}", nameof(markup));
                }

                var (index, start) = starts.Pop();
                spans.Add((index, TextSpan.FromBounds(start, text.Length)));
                i += Close.Length - 1;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (starts.Count > 0)
        {
            throw new ArgumentException($"'{Open}' without '{Close}' in {path}", nameof(markup));
        }

        return new MarkedSource(path, text.ToString(), spans.OrderBy(s => s.Index).Select(s => s.Span).ToList());
    }
}

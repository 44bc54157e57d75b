using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests.Robustness;

/// <summary>Shrinks a failing input by deleting lines, then tokens, as long as it keeps failing (greedy, bounded).</summary>
public static class Shrinker
{
    private const int MaxAttempts = 600;

    public static string Shrink(string text, Func<string, bool> fails)
    {
        var attempts = 0;
        bool Try(string candidate) => attempts++ < MaxAttempts && fails(candidate);

        var lines = text.Split('\n').ToList();
        for (var chunk = Math.Max(1, lines.Count / 2); chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start < lines.Count;)
            {
                var candidate = lines.Take(start).Concat(lines.Skip(start + chunk)).ToList();
                if (candidate.Count < lines.Count && Try(string.Join('\n', candidate)))
                {
                    lines = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        var current = string.Join('\n', lines);
        var tokens = CSharpSyntaxTree.ParseText(current).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var span = tokens[i].Span;
            var candidate = string.Concat(current.AsSpan(0, span.Start), current.AsSpan(span.End));
            if (Try(candidate))
            {
                current = candidate;
            }
        }

        return current;
    }
}

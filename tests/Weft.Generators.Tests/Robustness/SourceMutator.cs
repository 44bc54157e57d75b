using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Weft.Generators.Tests.Robustness;

/// <summary>Damages C# text one token or one line at a time, driven by a caller's seeded <see cref="Random"/> so every run is the same.</summary>
public static class SourceMutator
{
    private static readonly MutationKind[] s_kinds = Enum.GetValues<MutationKind>();

    /// <summary>Applies one random mutation; returns the new text and what was done (for failure reports).</summary>
    public static (string Text, string Description) Mutate(string text, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens()
            .Where(t => t.Span.Length > 0 && !t.IsKind(SyntaxKind.EndOfFileToken))
            .ToList();
        var kind = s_kinds[random.Next(s_kinds.Length)];
        if (tokens.Count < 2)
        {
            kind = MutationKind.TruncateLine;
        }

        var index = random.Next(tokens.Count - 1);
        var token = tokens[index];
        switch (kind)
        {
            case MutationKind.DeleteToken:
                return (Replace(text, token.Span, string.Empty), $"deleted '{token.Text}' at {Position(text, token.SpanStart)}");
            case MutationKind.DuplicateToken:
                return (Replace(text, token.Span, token.Text + " " + token.Text), $"duplicated '{token.Text}' at {Position(text, token.SpanStart)}");
            case MutationKind.SwapWithNextToken:
                var next = tokens[index + 1];
                var swapped = Replace(text, next.Span, token.Text);
                return (Replace(swapped, token.Span, next.Text), $"swapped '{token.Text}' and '{next.Text}' at {Position(text, token.SpanStart)}");
            case MutationKind.ReplaceWithAnotherToken:
                var other = tokens[random.Next(tokens.Count)];
                return (Replace(text, token.Span, other.Text), $"replaced '{token.Text}' at {Position(text, token.SpanStart)} with '{other.Text}'");
            default:
                return TruncateLine(text, random);
        }
    }

    private static (string Text, string Description) TruncateLine(string text, Random random)
    {
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToList();
        var line = candidates[random.Next(candidates.Count)];
        var column = random.Next(lines[line].Length);
        lines[line] = lines[line][..column];
        return (string.Join('\n', lines), $"truncated line {line + 1} at column {column + 1}");
    }

    private static string Replace(string text, TextSpan span, string replacement) => string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End));

    private static string Position(string text, int offset)
    {
        var line = 1 + text.AsSpan(0, offset).Count('\n');
        var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
        return $"{line}:{column}";
    }
}

namespace Weft.Cli;

/// <summary>
/// The known name a mistyped one most likely meant: the same name in another case, else the one closest by edit distance
/// when it is close enough and no other is as close (<c>Chrun</c> → <c>Churn</c>, <c>epoch</c> → <c>epochs</c>).
/// </summary>
internal static class NameSuggestion
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var candidates = known.ToList();
        var differentCase = candidates.Where(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (differentCase.Count > 0)
        {
            return differentCase.Count == 1 ? differentCase[0] : null;
        }

        // One edit in three characters, at least one: 'trees' for 'tres', not 'seed' for 'size'.
        var limit = Math.Max(1, typed.Length / 3);
        var scored = candidates
            .Select(k => (Name: k, Distance: Distance(typed.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ToList();
        return scored.Count == 1 || (scored.Count > 1 && scored[0].Distance < scored[1].Distance) ? scored[0].Name : null;
    }

    /// <summary>" Did you mean 'x'?" or nothing, to end a message with.</summary>
    public static string Hint(string typed, IEnumerable<string> known)
        => Closest(typed, known) is { } name ? $" Did you mean '{name}'?" : string.Empty;

    // Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

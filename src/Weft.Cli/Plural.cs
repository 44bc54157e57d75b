using System.Globalization;

namespace Weft.Cli;

/// <summary>Counts with their noun: <c>1 step</c>, <c>4 steps</c>.</summary>
internal static class Plural
{
    /// <param name="count">How many.</param>
    /// <param name="noun">The noun for one.</param>
    /// <param name="plural">The noun for any other count; <see langword="null"/> for <paramref name="noun"/> with an "s".</param>
    public static string Of(int count, string noun, string? plural = null)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");
}

using System.Globalization;

namespace Weft.Cli;

/// <summary>Counts with their noun: <c>1 step</c>, <c>4 steps</c>.</summary>
internal static class Plural
{
    public static string Of(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}

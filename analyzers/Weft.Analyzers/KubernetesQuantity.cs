namespace Weft.Analyzers;

/// <summary>
/// Checks a resource quantity the way the Kubernetes API server parses one: an optionally signed decimal number followed by
/// a binary suffix (Ki … Ei), a decimal suffix (n, u, m, k, M, G, T, P, E) or an exponent (e3), and a request above zero.
/// </summary>
internal static class KubernetesQuantity
{
    /// <summary>Why Kubernetes would reject <paramref name="text"/> as a CPU or memory request, or null when it is accepted.</summary>
    public static string? Problem(string text)
    {
        if (text.Length == 0)
        {
            return "it is empty";
        }

        var i = 0;
        var negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            i++;
        }

        var digits = 0;
        var nonZero = false;
        var dots = 0;
        for (; i < text.Length && (text[i] is >= '0' and <= '9' or '.'); i++)
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else
            {
                digits++;
                nonZero |= text[i] != '0';
            }
        }

        if (digits == 0 || dots > 1)
        {
            return "it is not a number with an optional unit such as 500m, 2 or 4Gi";
        }

        if (!IsSuffix(text.Substring(i)))
        {
            return "'" + text.Substring(i) + "' is not a unit (use m, k, M, G, T, Ki, Mi, Gi, Ti, ...)";
        }

        if (negative && nonZero)
        {
            return "a request cannot be negative";
        }

        return nonZero ? null : "a request of zero asks for nothing; leave it out instead";
    }

    private static bool IsSuffix(string suffix)
    {
        switch (suffix)
        {
            case "" or "n" or "u" or "m" or "k" or "M" or "G" or "T" or "P" or "E":
            case "Ki" or "Mi" or "Gi" or "Ti" or "Pi" or "Ei":
                return true;
        }

        if (suffix.Length < 2 || suffix[0] is not ('e' or 'E'))
        {
            return false;
        }

        var start = suffix[1] is '+' or '-' ? 2 : 1;
        if (start >= suffix.Length)
        {
            return false;
        }

        for (var i = start; i < suffix.Length; i++)
        {
            if (suffix[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>Spells literals, numbers and identifiers for emitted C#.</summary>
internal static class CSharpText
{
    // Member positions and counts: emitted many times each, spelled once.
    private static readonly string[] s_numbers = CreateNumbers(64);

    public static string Literal(string value)
        => IsPlain(value) ? "\"" + value + "\"" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Appends <see cref="Literal"/> of <paramref name="value"/> without building it first when it needs no escape.</summary>
    public static SourceWriter AppendLiteral(this SourceWriter writer, string value)
        => IsPlain(value) ? writer.Append('"').Append(value).Append('"') : writer.Append(SymbolDisplay.FormatLiteral(value, quote: true));

    /// <summary>
    /// Appends the literal of <paramref name="prefix"/> + <paramref name="value"/> + <paramref name="suffix"/> without
    /// concatenating them first when none needs an escape.
    /// </summary>
    public static SourceWriter AppendLiteral(this SourceWriter writer, string prefix, string value, string suffix)
        => IsPlain(prefix) && IsPlain(value) && IsPlain(suffix)
            ? writer.Append('"').Append(prefix).Append(value).Append(suffix).Append('"')
            : writer.Append(SymbolDisplay.FormatLiteral(prefix + value + suffix, quote: true));

    /// <summary>A non-negative or negative integer, culture-invariantly.</summary>
    public static string Number(int value)
        => value >= 0 && value < s_numbers.Length ? s_numbers[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A member name usable after <c>.</c> or in an initializer, escaping keywords with '@'.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// Most literals are identifiers and type names: printable ASCII needing no escape is quoted as it is, and only the
    /// rest goes through the compiler's own formatting.
    /// </summary>
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '"' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }

    private static string[] CreateNumbers(int count)
    {
        var numbers = new string[count];
        for (var i = 0; i < count; i++)
        {
            numbers[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return numbers;
    }
}

using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Serialization;

/// <summary>Spells literals and identifiers for emitted C#.</summary>
internal static class CSharpText
{
    public static string Literal(string value)
    {
        // Most literals are identifiers and type names: printable ASCII needing no escape is quoted as it is, and only
        // the rest goes through the compiler's own formatting.
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c == '"' || c == '\\')
            {
                return SymbolDisplay.FormatLiteral(value, quote: true);
            }
        }

        return "\"" + value + "\"";
    }

    /// <summary>A member name usable after <c>.</c> or in an initializer, escaping keywords with '@'.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

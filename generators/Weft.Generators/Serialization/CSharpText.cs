using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Serialization;

/// <summary>Spells literals and identifiers for emitted C#.</summary>
internal static class CSharpText
{
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A member name usable after <c>.</c> or in an initializer, escaping keywords with '@'.</summary>
    public static string Identifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}

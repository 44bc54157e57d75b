using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Parsing;

/// <summary>How types and identifiers are written into generated code and messages.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Symbol display is among the costliest calls a generator makes and the same types are named again and again;
    // symbols are per-compilation objects, so a weak table keyed by the instance is a safe memo.
    private static readonly ConditionalWeakTable<ISymbol, string> s_fullNames = new();
    private static readonly ConditionalWeakTable<ISymbol, string> s_castNames = new();
    private static readonly ConditionalWeakTable<ISymbol, string> s_displays = new();

    /// <summary><c>global::</c>-qualified, with nullable annotations: valid anywhere in generated code.</summary>
    public static string FullName(ITypeSymbol type) => s_fullNames.GetValue(type, static t => t.ToDisplayString(s_fullyQualified));

    /// <summary>
    /// <c>global::</c>-qualified without nullable annotations: for the casts of a conversion chain, where an annotation
    /// has no run-time meaning and would only produce nullable warnings in generated code.
    /// </summary>
    public static string CastName(ITypeSymbol type) => s_castNames.GetValue(type, static t => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

    /// <summary>The name a user reads in a message.</summary>
    public static string Display(ISymbol symbol) => s_displays.GetValue(symbol, static s => s.ToDisplayString(s_display));

    /// <summary><c>Namespace.Type.Method</c>, without parameters.</summary>
    public static string MethodDisplay(IMethodSymbol method) => method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + method.Name;

    /// <summary>The keyword a user writes for a parameter's passing mode.</summary>
    public static string RefKindKeyword(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        RefKind.RefReadOnlyParameter => "ref readonly",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>An identifier usable in code, escaping keywords with '@'.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;
}

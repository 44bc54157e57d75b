using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Serialization;

/// <summary>The spellings of a type that shapes carry.</summary>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat s_annotated = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_unannotated = SymbolDisplayFormat.FullyQualifiedFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_schema = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Symbol display is costly and shapes name the same types many times; symbols are per-compilation objects, so weak
    // tables keyed by the instance memoize safely.
    private static readonly ConditionalWeakTable<ITypeSymbol, string> s_annotatedNames = new();
    private static readonly ConditionalWeakTable<ITypeSymbol, string> s_unannotatedNames = new();
    private static readonly ConditionalWeakTable<ITypeSymbol, string> s_displayNames = new();
    private static readonly ConditionalWeakTable<ITypeSymbol, string> s_schemaNames = new();

    public static string Annotated(ITypeSymbol type) => s_annotatedNames.GetValue(type, static t => t.ToDisplayString(s_annotated));

    public static string Unannotated(ITypeSymbol type) => s_unannotatedNames.GetValue(type, static t => t.ToDisplayString(s_unannotated));

    public static string Display(ITypeSymbol type) => s_displayNames.GetValue(type, static t => t.ToDisplayString(s_display));

    /// <summary>Namespace-qualified without <c>global::</c> or annotations: the stable name a schema records.</summary>
    public static string Qualified(ITypeSymbol type) => s_schemaNames.GetValue(type, static t => t.ToDisplayString(s_schema));
}

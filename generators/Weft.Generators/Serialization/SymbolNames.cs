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

    public static string Annotated(ITypeSymbol type) => type.ToDisplayString(s_annotated);

    public static string Unannotated(ITypeSymbol type) => type.ToDisplayString(s_unannotated);

    public static string Display(ITypeSymbol type) => type.ToDisplayString(s_display);

    /// <summary>Namespace-qualified without <c>global::</c> or annotations: the stable name a schema records.</summary>
    public static string Qualified(ITypeSymbol type) => type.ToDisplayString(s_schema);
}

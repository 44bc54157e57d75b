using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Parsing;

namespace Weft.Generators.Serialization;

/// <summary>The spellings of a type that shapes carry.</summary>
/// <remarks>
/// Not memoized: each shape is built once per compilation (<see cref="ShapeCache"/>), and a weak table keyed by symbol
/// cost more per lookup than the display it saved.
/// </remarks>
internal static partial class SymbolNames
{
    private const string GlobalPrefix = "global::";

    private static readonly SymbolDisplayFormat s_annotated = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_unannotated = SymbolDisplayFormat.FullyQualifiedFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_schema = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The three spellings a shape carries: annotated, unannotated (both <c>global::</c>-qualified) and as a user reads it.</summary>
    public static (string Annotated, string Unannotated, string Display) Of(ITypeSymbol type)
    {
        if (!IsPlain(type))
        {
            return (type.ToDisplayString(s_annotated), type.ToDisplayString(s_unannotated), type.ToDisplayString(s_display));
        }

        var unannotated = Compose((INamedTypeSymbol)type) ?? type.ToDisplayString(s_unannotated);

        // Without type arguments or an annotation, the three formats differ only in the 'global::' prefix (both escape
        // keywords and use 'int' for System.Int32).
        var display = unannotated.StartsWith(GlobalPrefix, System.StringComparison.Ordinal) ? unannotated.Substring(GlobalPrefix.Length) : unannotated;
        return (unannotated, unannotated, display);
    }

    public static string Unannotated(ITypeSymbol type) => type.ToDisplayString(s_unannotated);

    public static string Display(ITypeSymbol type) => type.ToDisplayString(s_display);

    /// <summary>Namespace-qualified without <c>global::</c> or annotations: the stable name a schema records.</summary>
    public static string Qualified(ITypeSymbol type) => type.ToDisplayString(s_schema);

    /// <summary>
    /// <c>global::</c>, the namespaces, the containing types and the name, dot-separated, for a plain type whose every
    /// name is a plain identifier (neither a keyword nor contextual) and that no keyword names: what the unannotated
    /// format gives it, without the formatter's machinery; otherwise <see langword="null"/>.
    /// </summary>
    private static string? Compose(INamedTypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None || QualifiedName(type) is not { } qualified)
        {
            return null;
        }

        var composed = GlobalPrefix + qualified;
        if (BodyLoweringMode.CrossCheck && composed != type.ToDisplayString(s_unannotated))
        {
            throw new System.InvalidOperationException($"cross-check: '{type.ToDisplayString(s_unannotated)}' composed as '{composed}'");
        }

        return composed;
    }

    private static bool IsPlainIdentifier(string name)
    {
        if (name.Length == 0 || name[0] is >= '0' and <= '9')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;
    }

    /// <summary>A named type, not an error, with no type arguments in it or its containing types, and no '?' annotation.</summary>
    private static bool IsPlain(ITypeSymbol type)
    {
        if (type.NullableAnnotation == NullableAnnotation.Annotated || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType || current.TypeKind == TypeKind.Error)
            {
                return false;
            }
        }

        return type is INamedTypeSymbol;
    }
}

using Microsoft.CodeAnalysis;

namespace Weft.Generators.Serialization;

/// <summary>
/// Recognizes framework and Weft types by namespace and name rather than by <c>GetTypeByMetadataName</c>, which returns
/// nothing when two referenced assemblies define the same name.
/// </summary>
internal static class KnownTypes
{
    public static bool Is(ITypeSymbol type, string containingNamespace, string name, int arity = 0)
        => type is INamedTypeSymbol named
           && named.Name == name
           && named.Arity == arity
           && named.ContainingType is null
           && NamespaceIs(named.ContainingNamespace, containingNamespace);

    public static bool IsGeneric(INamedTypeSymbol type, string containingNamespace, string name, int arity)
        => type.IsGenericType && Is(type.OriginalDefinition, containingNamespace, name, arity);

    public static bool IsInFrameworkNamespace(ITypeSymbol type)
    {
        var root = type.ContainingNamespace;
        if (root is null)
        {
            return false;
        }

        while (root.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return !root.IsGlobalNamespace && (root.Name == "System" || root.Name == "Microsoft");
    }

    private static bool NamespaceIs(INamespaceSymbol? symbol, string dotted)
    {
        var parts = dotted.Split('.');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (symbol is null || symbol.IsGlobalNamespace || symbol.Name != parts[i])
            {
                return false;
            }

            symbol = symbol.ContainingNamespace;
        }

        return symbol is { IsGlobalNamespace: true };
    }
}

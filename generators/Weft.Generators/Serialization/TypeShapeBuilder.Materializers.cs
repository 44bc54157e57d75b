using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

internal sealed partial class TypeShapeBuilder
{
    /// <summary>
    /// Finds the materializer named for <paramref name="type"/>: <c>[assembly: Materializer(typeof(T), typeof(M))]</c> in
    /// this compilation first (it is how a user overrides a third-party type), then <c>[Materializer(typeof(M))]</c> on the type.
    /// </summary>
    /// <returns>
    /// <see langword="true"/> when an attribute names a materializer: then <paramref name="materializer"/> is the valid
    /// materializer, or <see langword="null"/> with <paramref name="error"/> saying what is wrong with it.
    /// </returns>
    private bool TryFindMaterializer(ITypeSymbol type, out ITypeSymbol? materializer, out string error)
    {
        error = string.Empty;
        materializer = null;
        var found = false;
        ITypeSymbol? candidate = null;
        foreach (var (target, named) in _cache.AssemblyMaterializers())
        {
            if (SymbolEqualityComparer.Default.Equals(target, type))
            {
                found = true;
                candidate = named;
                break;
            }
        }

        if (!found && type is INamedTypeSymbol && !DeclaresNoAttributes(type))
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (IsMaterializerAttribute(attribute) && attribute.ConstructorArguments.Length == 1)
                {
                    found = true;
                    candidate = attribute.ConstructorArguments[0].Value as ITypeSymbol;
                    break;
                }
            }
        }

        if (!found)
        {
            return false;
        }

        for (var level = candidate as INamedTypeSymbol; level is not null; level = level.BaseType)
        {
            AddDeclarations(level.OriginalDefinition);
        }

        if (ValidateMaterializer(type, candidate) is { } problem)
        {
            error = problem;
            return true;
        }

        materializer = candidate;
        return true;
    }

    private string? ValidateMaterializer(ITypeSymbol target, ITypeSymbol? candidate)
    {
        if (candidate is not INamedTypeSymbol materializer || materializer.TypeKind == TypeKind.Error)
        {
            return "its [Materializer] attribute does not name a type";
        }

        var name = SymbolNames.Display(materializer);
        if (materializer.IsUnboundGenericType || materializer.TypeArguments.Any(a => a.TypeKind == TypeKind.TypeParameter))
        {
            return $"its materializer '{name}' is an open generic type; name a closed one";
        }

        if (materializer.TypeKind is not (TypeKind.Class or TypeKind.Struct) || materializer.IsAbstract || materializer.IsStatic)
        {
            return $"its materializer '{name}' is not a concrete class or struct";
        }

        if (!materializer.AllInterfaces.Any(i => KnownTypes.IsGeneric(i, "Weft", "IMaterializer", 1) && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], target)))
        {
            return $"its materializer '{name}' does not implement IMaterializer<{SymbolNames.Display(target)}>";
        }

        if (!IsAccessible(materializer))
        {
            return $"its materializer '{name}' is not visible to generated code; make it internal or public";
        }

        var hasConstructor = materializer.TypeKind == TypeKind.Struct
            || materializer.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsAccessible(c));
        return hasConstructor ? null : $"its materializer '{name}' has no public parameterless constructor";
    }

    /// <summary>
    /// Whether <paramref name="symbol"/> is declared in source and none of its declarations has an attribute list, so that
    /// <c>GetAttributes()</c> would be empty: binding nothing, its answer is known without asking the compiler for it.
    /// </summary>
    private static bool DeclaresNoAttributes(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax() is not BaseTypeDeclarationSyntax { AttributeLists.Count: 0 })
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsMaterializerAttribute(AttributeData attribute)
        => attribute.AttributeClass is { } type && KnownTypes.Is(type, "Weft", "MaterializerAttribute");
}

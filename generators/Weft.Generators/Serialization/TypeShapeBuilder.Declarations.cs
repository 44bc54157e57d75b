using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

internal sealed partial class TypeShapeBuilder
{
    /// <summary>
    /// Records the declarations of a source type whose base types the language fixes and the core library declares (so
    /// none of them has a declaration to record): an enum's, a struct's, an interface's, and a class's or record's
    /// declared without a base list (its base is object). Spares the compiler resolving the base type. Returns
    /// <see langword="false"/>, recording nothing, for any other type.
    /// </summary>
    private bool TryAddDeclarationsWithoutBases(ITypeSymbol type)
    {
        if (!_readDeclarations || type is not INamedTypeSymbol named || _cache.CoreLibraryInSource)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        var references = definition.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        switch (definition.TypeKind)
        {
            case TypeKind.Enum:
            case TypeKind.Struct:
            case TypeKind.Interface:
                break;
            case TypeKind.Class:
                foreach (var reference in references)
                {
                    if (reference.GetSyntax() is not TypeDeclarationSyntax { BaseList: null })
                    {
                        return false;
                    }
                }

                break;
            default:
                return false;
        }

        AddDeclarations(definition);
        return true;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Weft.Generators.Helpers;

namespace Weft.Generators.Serialization;

/// <summary>
/// One classification run from a root type: walks it and everything it contains, reusing the compilation's finished
/// shapes, remembering the objects being walked (to reject types that contain themselves) and the syntax trees each
/// shape was read from.
/// </summary>
internal sealed partial class TypeShapeBuilder
{
    private const int MaxDepth = 32;

    private readonly ShapeCache _cache;
    private readonly Compilation _compilation;
    private readonly List<ITypeSymbol> _inProgress = new();

    // The trees read by each shape being built, innermost last; a finished shape hands its trees to the one containing it.
    private readonly List<List<SyntaxTree>> _frames = new() { new List<SyntaxTree>() };

    private readonly bool _readDeclarations;

    /// <param name="cache">The compilation's finished shapes.</param>
    /// <param name="readDeclarations">Whether plain positional records may be read from their declarations (tests compare both ways).</param>
    public TypeShapeBuilder(ShapeCache cache, bool readDeclarations = true)
    {
        _cache = cache;
        _compilation = cache.Compilation;
        _readDeclarations = readDeclarations;
    }

    /// <summary>Classifies <paramref name="type"/> as an artifact or parameter type.</summary>
    public bool TryBuildRoot(ITypeSymbol type, out TypeShape? shape, out string error) => TryBuild(type, nested: false, out shape, out error);

    /// <summary>Every tree the run read from (after a failure too, so that an edit that fixes the type is noticed).</summary>
    public SyntaxTree[] RootTrees()
    {
        var all = new List<SyntaxTree>();
        foreach (var frame in _frames)
        {
            AddDistinct(all, frame);
        }

        return all.ToArray();
    }

    /// <summary>Classifies <paramref name="type"/>; <paramref name="nested"/> when it sits inside another stored value.</summary>
    private bool TryBuild(ITypeSymbol type, bool nested, out TypeShape? shape, out string error)
    {
        error = string.Empty;
        // A materialized type stores whole artifacts only, so a finished top-level answer does not carry over to a nested use;
        // and a shape too tall to fit below this depth is left to the walk, which reports the limit.
        if (_cache.TryGetShape(type, out var shared) && !(nested && shared.Shape is MaterializerShape)
            && _inProgress.Count + shared.Height <= MaxDepth)
        {
            AddDistinct(_frames[_frames.Count - 1], shared.Trees);
            shape = shared.Shape;
            return true;
        }

        if (_inProgress.Count > MaxDepth)
        {
            return Fail($"it nests more than {MaxDepth} levels deep", out shape, out error);
        }

        var frame = new List<SyntaxTree>();
        _frames.Add(frame);
        bool built;
        try
        {
            built = TryBuildCore(type, nested, out shape, out error);
        }
        finally
        {
            _frames.RemoveAt(_frames.Count - 1);
            AddDistinct(_frames[_frames.Count - 1], frame);
        }

        if (built)
        {
            _cache.AddShape(type, new SharedShape(shape!, Height(shape!), frame.ToArray()));
        }

        return built;
    }

    /// <summary>Records the declarations of <paramref name="symbol"/> (all parts of a partial type) as read by the shape being built.</summary>
    private void AddDeclarations(ISymbol symbol)
    {
        var frame = _frames[_frames.Count - 1];
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (!frame.Contains(reference.SyntaxTree))
            {
                frame.Add(reference.SyntaxTree);
            }
        }
    }

    private static void AddDistinct(List<SyntaxTree> target, IReadOnlyList<SyntaxTree> trees)
    {
        for (var i = 0; i < trees.Count; i++)
        {
            if (!target.Contains(trees[i]))
            {
                target.Add(trees[i]);
            }
        }
    }

    private static int Height(TypeShape shape)
    {
        switch (shape)
        {
            case ObjectShape obj:
                var tallest = 0;
                foreach (var member in obj.Members)
                {
                    var height = Height(member.Type);
                    tallest = height > tallest ? height : tallest;
                }

                return tallest + 1;
            case CollectionShape collection:
                return Height(collection.Element);
            case NullableShape nullable:
                return Height(nullable.Underlying);
            default:
                return 0;
        }
    }

    private bool TryBuildCore(ITypeSymbol type, bool nested, out TypeShape? shape, out string error)
    {
        // Members, constructors, attributes and base types are all read from the type's declarations.
        if (!TryAddDeclarationsWithoutBases(type))
        {
            for (var level = type as INamedTypeSymbol; level is not null; level = level.BaseType)
            {
                AddDeclarations(level.OriginalDefinition);
            }
        }

        switch (type.TypeKind)
        {
            case TypeKind.Error:
                return Fail("its type could not be resolved", out shape, out error);
            case TypeKind.Dynamic:
                return Fail("it is 'dynamic', which names no shape", out shape, out error);
            case TypeKind.Pointer:
            case TypeKind.FunctionPointer:
                return Fail("it is a pointer", out shape, out error);
            case TypeKind.TypeParameter:
                return Fail($"it is the type parameter '{type.Name}'; artifact types must be concrete", out shape, out error);
            case TypeKind.Delegate:
                return Fail("it is a delegate", out shape, out error);
        }

        // A materializer is the user's explicit choice, so it wins over every built-in rule.
        if (TryFindMaterializer(type, out var materializer, out error))
        {
            if (materializer is null)
            {
                shape = null;
                return false;
            }

            if (nested)
            {
                return Fail($"its materializer '{SymbolNames.Display(materializer)}' stores whole artifacts only, not values nested inside another artifact; return it from a step of its own", out shape, out error);
            }

            var spelling = SymbolNames.Of(type);
            shape = new MaterializerShape(spelling.Annotated, spelling.Unannotated, spelling.Display, type.IsValueType,
                SymbolNames.Unannotated(materializer), SymbolNames.Qualified(materializer));
            return true;
        }

        if (BuiltIns.TryGetKind(type) is { } kind)
        {
            var spelling = SymbolNames.Of(type);
            shape = new BuiltInShape(spelling.Annotated, spelling.Unannotated, spelling.Display, type.IsValueType, kind);
            return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            return TryBuildArray(array, out shape, out error);
        }

        if (type is not INamedTypeSymbol named)
        {
            return Fail("it is not a class, struct, record or enum", out shape, out error);
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            var underlying = named.TypeArguments[0];
            if (!TryBuild(underlying, nested: true, out var inner, out var reason))
            {
                return Fail(reason, out shape, out error);
            }

            var spelling = SymbolNames.OfNullable(type, inner!);
            shape = new NullableShape(spelling.Annotated, spelling.Unannotated, spelling.Display, inner!);
            return true;
        }

        if (named.TypeKind == TypeKind.Enum)
        {
            return TryBuildEnum(named, out shape, out error);
        }

        if (TryGetCollectionKind(named) is { } collectionKind)
        {
            return TryBuildCollection(named, collectionKind, out shape, out error);
        }

        if (Rejection(named) is { } rejection)
        {
            return Fail(rejection, out shape, out error);
        }

        return TryBuildObject(named, out shape, out error);
    }

    private bool TryBuildArray(IArrayTypeSymbol array, out TypeShape? shape, out string error)
    {
        if (array.Rank != 1)
        {
            return Fail("it is a multi-dimensional array; use a jagged array (T[][]) instead", out shape, out error);
        }

        if (!TryBuild(array.ElementType, nested: true, out var element, out var reason))
        {
            return Fail($"its element type '{SymbolNames.Display(array.ElementType)}' has no serializer because {reason}", out shape, out error);
        }

        error = string.Empty;
        var spelling = SymbolNames.OfArray(array, element!);
        shape = new CollectionShape(spelling.Annotated, spelling.Unannotated, spelling.Display, CollectionKind.Array, element!);
        return true;
    }

    private bool TryBuildCollection(INamedTypeSymbol type, CollectionKind kind, out TypeShape? shape, out string error)
    {
        var isDictionary = kind is CollectionKind.Dictionary or CollectionKind.DictionaryInterface;
        if (isDictionary && type.TypeArguments[0].SpecialType != SpecialType.System_String)
        {
            return Fail($"its keys are '{SymbolNames.Display(type.TypeArguments[0])}'; only string keys are supported", out shape, out error);
        }

        var elementType = type.TypeArguments[isDictionary ? 1 : 0];
        if (!TryBuild(elementType, nested: true, out var element, out var reason))
        {
            return Fail($"its {(isDictionary ? "value" : "element")} type '{SymbolNames.Display(elementType)}' has no serializer because {reason}", out shape, out error);
        }

        error = string.Empty;
        var spelling = SymbolNames.OfCollection(type, isDictionary, element!);
        shape = new CollectionShape(spelling.Annotated, spelling.Unannotated, spelling.Display, kind, element!);
        return true;
    }

    private bool TryBuildEnum(INamedTypeSymbol type, out TypeShape? shape, out string error)
    {
        if (!IsAccessible(type))
        {
            return Fail(NotAccessible, out shape, out error);
        }

        var underlying = type.EnumUnderlyingType is { } u ? BuiltIns.TryGetKind(u) : null;
        if (underlying is null)
        {
            return Fail("its underlying type is not an integer type", out shape, out error);
        }

        if (TryReadEnumDeclaration(type) is { } declared)
        {
            error = string.Empty;
            var declaredSpelling = SymbolNames.Of(type);
            shape = new EnumShape(declaredSpelling.Annotated, declaredSpelling.Unannotated, declaredSpelling.Display, underlying.Value,
                declared, declared);
            return true;
        }

        var names = new List<string>();
        var written = new List<string>();
        var seenValues = new List<object?>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
            {
                continue;
            }

            names.Add(field.Name);
            // Aliases (two names, one value) would give duplicate case labels; the first name is the one written.
            if (!seenValues.Any(v => Equals(v, field.ConstantValue)))
            {
                seenValues.Add(field.ConstantValue);
                written.Add(field.Name);
            }
        }

        error = string.Empty;
        var spelling = SymbolNames.Of(type);
        shape = new EnumShape(spelling.Annotated, spelling.Unannotated, spelling.Display, underlying.Value,
            names.ToEquatableArray(), written.ToEquatableArray());
        return true;
    }

    private static CollectionKind? TryGetCollectionKind(INamedTypeSymbol type)
    {
        const string Generic = "System.Collections.Generic";
        if (KnownTypes.IsGeneric(type, Generic, "List", 1))
        {
            return CollectionKind.List;
        }

        if (KnownTypes.IsGeneric(type, Generic, "Dictionary", 2))
        {
            return CollectionKind.Dictionary;
        }

        if (KnownTypes.IsGeneric(type, Generic, "IEnumerable", 1) || KnownTypes.IsGeneric(type, Generic, "IReadOnlyList", 1)
            || KnownTypes.IsGeneric(type, Generic, "IList", 1) || KnownTypes.IsGeneric(type, Generic, "ICollection", 1)
            || KnownTypes.IsGeneric(type, Generic, "IReadOnlyCollection", 1))
        {
            return CollectionKind.ListInterface;
        }

        if (KnownTypes.IsGeneric(type, Generic, "IReadOnlyDictionary", 2) || KnownTypes.IsGeneric(type, Generic, "IDictionary", 2))
        {
            return CollectionKind.DictionaryInterface;
        }

        return null;
    }

    private static string? Rejection(INamedTypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Object)
        {
            return "it is 'object', which names no shape";
        }

        if (type.IsTupleType)
        {
            return "it is a tuple; use a record with named properties";
        }

        if (type.IsAnonymousType)
        {
            return "it is an anonymous type";
        }

        if (KnownTypes.Is(type.OriginalDefinition, "System.Threading.Tasks", "Task", type.Arity)
            || KnownTypes.Is(type.OriginalDefinition, "System.Threading.Tasks", "ValueTask", type.Arity))
        {
            return "it is a task; the value it completes with is the artifact";
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return "it is an interface, which the generator cannot construct";
        }

        if (type.IsRefLikeType)
        {
            return "it is a ref struct, which cannot be stored";
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return "it is not a class, struct, record or enum";
        }

        if (type.IsStatic)
        {
            return "it is a static class";
        }

        if (type.IsAbstract)
        {
            return "it is abstract, which the generator cannot construct";
        }

        if (KnownTypes.IsInFrameworkNamespace(type))
        {
            return "it is a framework type without a built-in serializer";
        }

        return null;
    }

    private const string NotAccessible = "generated code cannot see it; make it (and any type containing it) internal or public";

    private bool IsAccessible(ISymbol symbol) => _compilation.IsSymbolAccessibleWithin(symbol, _compilation.Assembly);

    private static bool Fail(string reason, out TypeShape? shape, out string error)
    {
        shape = null;
        error = reason;
        return false;
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Serialization;

/// <summary>
/// Every type classified in one compilation, shared by all pipelines' parses and all steps' validations: a type nested
/// in many artifacts (or used by many pipelines) is walked once. Each answer keeps the syntax trees it was read from, so
/// that whoever reuses it still records them as its own dependencies.
/// </summary>
internal sealed class ShapeCache
{
    private static readonly ConditionalWeakTable<Compilation, ShapeCache> s_caches = new();

    private readonly ConcurrentDictionary<ITypeSymbol, Classification> _roots = new(SymbolEqualityComparer.IncludeNullability);
    private readonly ConcurrentDictionary<ITypeSymbol, SharedShape> _shapes = new(SymbolEqualityComparer.IncludeNullability);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly ConcurrentDictionary<(SyntaxNode Scope, string Text), ITypeSymbol?> _boundTypes = new();
    private List<(ITypeSymbol Target, ITypeSymbol? Materializer)>? _assemblyMaterializers;

    private ShapeCache(Compilation compilation) => Compilation = compilation;

    public Compilation Compilation { get; }

    public static ShapeCache For(Compilation compilation) => s_caches.GetValue(compilation, static c => new ShapeCache(c));

    /// <summary>The answer for <paramref name="type"/> as an artifact or parameter type (not nested in another value), failures included.</summary>
    public bool TryGetRoot(ITypeSymbol type, out Classification classification) => _roots.TryGetValue(type, out classification!);

    public void AddRoot(ITypeSymbol type, Classification classification) => _roots.TryAdd(type, classification);

    /// <summary>A shape built successfully at any depth. Failures are not shared: their reasons depend on the walk that met them.</summary>
    public bool TryGetShape(ITypeSymbol type, out SharedShape shape) => _shapes.TryGetValue(type, out shape!);

    public void AddShape(ITypeSymbol type, SharedShape shape) => _shapes.TryAdd(type, shape);

    /// <summary>One semantic model per tree, for binding the types that declarations name.</summary>
    public SemanticModel ModelFor(SyntaxTree tree) => _models.TryGetValue(tree, out var model) ? model : _models.GetOrAdd(tree, Compilation.GetSemanticModel(tree));

    /// <summary>
    /// The type <paramref name="syntax"/> names in a declaration directly inside <paramref name="scope"/> (a namespace, a
    /// compilation unit or a containing type), or <see langword="null"/> when it does not bind. The same text names the
    /// same type throughout one scope for declarations that add no names of their own (records without a body or type
    /// parameters), so sibling records' 'string', 'List&lt;Row&gt;' and the like are bound once.
    /// </summary>
    public ITypeSymbol? BindType(SemanticModel model, SyntaxNode scope, TypeSyntax syntax)
    {
        var key = (scope, syntax.ToString());
        if (_boundTypes.TryGetValue(key, out var known))
        {
            return known;
        }

        var bound = model.GetTypeInfo(syntax).Type;
        return _boundTypes.GetOrAdd(key, bound is null || bound.TypeKind == TypeKind.Error ? null : bound);
    }

    /// <summary>Every <c>[assembly: Materializer(typeof(T), typeof(M))]</c> of the compilation, read once.</summary>
    public List<(ITypeSymbol Target, ITypeSymbol? Materializer)> AssemblyMaterializers()
    {
        if (_assemblyMaterializers is { } known)
        {
            return known;
        }

        var found = new List<(ITypeSymbol, ITypeSymbol?)>();
        foreach (var attribute in Compilation.Assembly.GetAttributes())
        {
            if (TypeShapeBuilder.IsMaterializerAttribute(attribute) && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is ITypeSymbol target)
            {
                found.Add((target, attribute.ConstructorArguments[1].Value as ITypeSymbol));
            }
        }

        // Two threads may both read the attributes; they find the same list.
        _assemblyMaterializers = found;
        return found;
    }
}

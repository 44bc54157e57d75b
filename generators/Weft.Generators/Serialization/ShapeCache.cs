using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Parsing;

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
    // Keyed by scope, then by text: a tuple key would instantiate the dictionary over a value type the framework's
    // precompiled code does not cover, so its methods would be JIT-compiled in every fresh compiler process.
    private readonly ConcurrentDictionary<SyntaxNode, ConcurrentDictionary<string, ITypeSymbol?>> _boundTypes = new();
    private readonly ConcurrentDictionary<string, ITypeSymbol?> _keywordTypes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxNode, NameScope?> _nameScopes = new();
    private List<(ITypeSymbol Target, ITypeSymbol? Materializer)>? _assemblyMaterializers;
    private GlobalUsings? _globalUsings;
    private bool? _coreLibraryInSource;

    private ShapeCache(Compilation compilation) => Compilation = compilation;

    public Compilation Compilation { get; }

    /// <summary>Whether this compilation declares System.Object itself (it is the core library), so that base types have declarations too.</summary>
    public bool CoreLibraryInSource => _coreLibraryInSource ??= !Compilation.GetSpecialType(SpecialType.System_Object).DeclaringSyntaxReferences.IsEmpty;

    public static ShapeCache For(Compilation compilation) => s_caches.GetValue(compilation, static c => new ShapeCache(c));

    /// <summary>A cache of its own for <paramref name="compilation"/>, shared with nobody: for classifying a second way to compare.</summary>
    public static ShapeCache Detached(Compilation compilation) => new(compilation);

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
    /// parameters), so sibling records' 'string', 'List&lt;Row&gt;' and the like are bound once. Where the scope's names
    /// are certain (<see cref="NameScope"/>), the type is read from the syntax instead, and nothing is bound.
    /// </summary>
    public ITypeSymbol? BindType(SemanticModel model, SyntaxNode scope, TypeSyntax syntax)
    {
        var inScope = _boundTypes.TryGetValue(scope, out var texts)
            ? texts
            : _boundTypes.GetOrAdd(scope, static _ => new ConcurrentDictionary<string, ITypeSymbol?>(StringComparer.Ordinal));
        var key = syntax.ToString();
        if (inScope.TryGetValue(key, out var known))
        {
            return known;
        }

        var resolved = ScopeOf(scope) is { } names ? TypeSyntaxResolver.TryResolve(Compilation, names, syntax) : null;
        if (resolved is not null && !BodyLoweringMode.CrossCheck)
        {
            return inScope.GetOrAdd(key, resolved);
        }

        var bound = model.GetTypeInfo(syntax).Type;
        bound = bound is null || bound.TypeKind == TypeKind.Error ? null : bound;
        if (resolved is not null && !SameType(resolved, bound))
        {
            throw new InvalidOperationException(
                $"cross-check: '{syntax}' read from syntax as '{resolved.ToDisplayString()}' but bound as '{bound?.ToDisplayString() ?? "nothing"}'");
        }

        return inScope.GetOrAdd(key, bound);
    }

    /// <summary>
    /// <see cref="KeywordTypes.TryResolve"/>'s answer for <paramref name="syntax"/>, made once per text for arrays and
    /// nullable forms (each answer is a new constructed symbol; records repeat 'double[]', 'int?' and the like). Keywords
    /// mean the same types in every scope, and the same text is the same syntax, so the text decides the answer.
    /// </summary>
    public ITypeSymbol? KeywordType(TypeSyntax syntax)
    {
        if (syntax is not (ArrayTypeSyntax or NullableTypeSyntax))
        {
            return KeywordTypes.TryResolve(Compilation, syntax);
        }

        var key = syntax.ToString();
        return _keywordTypes.TryGetValue(key, out var known) ? known : _keywordTypes.GetOrAdd(key, KeywordTypes.TryResolve(Compilation, syntax));
    }

    // The caller sets the top-level annotation; everything inside must match, annotations included.
    private static bool SameType(ITypeSymbol resolved, ITypeSymbol? bound)
        => bound is not null && SymbolEqualityComparer.IncludeNullability.Equals(
            resolved.WithNullableAnnotation(NullableAnnotation.NotAnnotated), bound.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    /// <summary>The names certain directly inside <paramref name="scope"/> (a namespace or compilation unit), or null.</summary>
    public NameScope? ScopeOf(SyntaxNode scope)
    {
        if (_nameScopes.TryGetValue(scope, out var known))
        {
            return known;
        }

        var globalUsings = _globalUsings ??= GlobalUsings.Read(Compilation);
        return _nameScopes.GetOrAdd(scope, NameScope.Create(Compilation, scope, globalUsings));
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

using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Weft.Generators.Caching;
using Weft.Generators.Parsing;

namespace Weft.Generators.Serialization;

/// <summary>Classifies artifact and parameter types into <see cref="TypeShape"/>s, or says in a sentence why a type has no serializer.</summary>
internal static class ArtifactTypeParser
{
    /// <summary>Classifies <paramref name="type"/>. Never throws.</summary>
    /// <param name="type">The artifact type (a step's return type or tuple element, or a parameter type).</param>
    /// <param name="compilation">The compilation <paramref name="type"/> belongs to (its assembly attributes name materializers).</param>
    /// <param name="shape">The shape, when the type can be stored.</param>
    /// <param name="error">
    /// Otherwise, why not, as a clause that reads after "cannot be stored: ", e.g.
    /// "member 'Rows' of type 'System.Data.DataTable' has no serializer because it is a framework type without a built-in serializer".
    /// </param>
    public static bool TryParse(ITypeSymbol type, Compilation compilation, out TypeShape? shape, out string? error)
        => TryParse(type, compilation, null, out shape, out error);

    /// <summary>Classifies <paramref name="type"/>, adding every declaration the answer was read from to <paramref name="dependencies"/>.</summary>
    public static bool TryParse(ITypeSymbol type, Compilation compilation, Dependencies? dependencies, out TypeShape? shape, out string? error)
    {
        shape = null;
        error = null;
        if (type is null || compilation is null)
        {
            error = "its type is unknown";
            return false;
        }

        // Every pipeline's transform and every step's validation classify the same types again within one compilation;
        // the answers depend only on the type and the compilation, so they are shared per compilation.
        var cache = ShapeCache.For(compilation);
        if (!cache.TryGetRoot(type, out var known))
        {
            known = Classify(type, cache, readDeclarations: true);
            if (BodyLoweringMode.CrossCheck)
            {
                CrossCheck(type, compilation, known);
            }

            cache.AddRoot(type, known);
        }

        if (dependencies is not null)
        {
            foreach (var tree in known.Trees)
            {
                dependencies.AddTree(tree);
            }
        }

        shape = known.Shape;
        error = known.Error;
        return shape is not null;
    }

    /// <summary>
    /// Classifies <paramref name="type"/> again from the members the compiler builds, with nothing read from declarations
    /// or resolved from syntax, and throws if the answer or the trees it was read from differ from <paramref name="fast"/>.
    /// </summary>
    private static void CrossCheck(ITypeSymbol type, Compilation compilation, Classification fast)
    {
        var slow = Classify(type, ShapeCache.Detached(compilation), readDeclarations: false);
        if (!Equals(fast.Shape, slow.Shape) || fast.Error != slow.Error || !new HashSet<SyntaxTree>(fast.Trees).SetEquals(slow.Trees))
        {
            throw new InvalidOperationException(
                $"cross-check: '{type.ToDisplayString()}' classified from declarations as {fast.Shape?.ToString() ?? fast.Error} ({fast.Trees.Length} trees) but from members as {slow.Shape?.ToString() ?? slow.Error} ({slow.Trees.Length} trees)");
        }
    }

    private static Classification Classify(ITypeSymbol type, ShapeCache cache, bool readDeclarations)
    {
        var builder = new TypeShapeBuilder(cache, readDeclarations);
        try
        {
            return builder.TryBuildRoot(type, out var shape, out var reason)
                ? new Classification(shape, null, builder.RootTrees())
                : new Classification(null, reason, builder.RootTrees());
        }
        catch (Exception ex)
        {
            // A generator must not crash the build; an unexpected symbol shape becomes an explained error instead.
            return new Classification(null, $"the generator could not analyze it ({ex.GetType().Name}: {ex.Message})", builder.RootTrees());
        }
    }
}

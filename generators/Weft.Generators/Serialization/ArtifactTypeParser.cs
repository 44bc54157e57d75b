using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Weft.Generators.Caching;

namespace Weft.Generators.Serialization;

/// <summary>Classifies artifact and parameter types into <see cref="TypeShape"/>s, or says in a sentence why a type has no serializer.</summary>
internal static class ArtifactTypeParser
{
    // Every pipeline's transform and every step's validation classify the same types again within one compilation;
    // the results depend only on the type and the compilation, so they are shared per compilation.
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<ITypeSymbol, (TypeShape? Shape, string? Error, Dependencies Dependencies)>> s_cache = new();

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

        var cache = s_cache.GetValue(compilation, static _ => new ConcurrentDictionary<ITypeSymbol, (TypeShape?, string?, Dependencies)>(SymbolEqualityComparer.IncludeNullability));
        if (cache.TryGetValue(type, out var known))
        {
            (shape, error, var read) = known;
            dependencies?.AddAll(read);
            return shape is not null;
        }

        var own = new Dependencies();
        var result = TryParseUncached(type, compilation, own, out shape, out error);
        cache.TryAdd(type, (shape, error, own));
        dependencies?.AddAll(own);
        return result;
    }

    private static bool TryParseUncached(ITypeSymbol type, Compilation compilation, Dependencies dependencies, out TypeShape? shape, out string? error)
    {
        shape = null;
        error = null;
        try
        {
            if (new TypeShapeBuilder(compilation, dependencies).TryBuild(type, nested: false, out shape, out var reason))
            {
                return true;
            }

            shape = null;
            error = reason;
            return false;
        }
        catch (Exception ex)
        {
            // A generator must not crash the build; an unexpected symbol shape becomes an explained error instead.
            shape = null;
            error = $"the generator could not analyze it ({ex.GetType().Name}: {ex.Message})";
            return false;
        }
    }
}

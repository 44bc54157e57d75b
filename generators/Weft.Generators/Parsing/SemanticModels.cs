using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

/// <summary>
/// Semantic models for reading symbols only. Nullable analysis is skipped where the compiler allows it: the generator
/// never reads nullable state, and skipping it makes binding a method body several times cheaper.
/// </summary>
internal static class SemanticModels
{
    private static bool s_optionsUnavailable;

    public static SemanticModel Get(Compilation compilation, SyntaxTree tree)
    {
        if (!s_optionsUnavailable)
        {
            try
            {
                return WithoutNullableAnalysis(compilation, tree);
            }
            catch (Exception ex) when (ex is MissingMethodException or TypeLoadException)
            {
                // The option is marked experimental; a compiler that dropped it still gets a correct, slower model.
                s_optionsUnavailable = true;
            }
        }

        return compilation.GetSemanticModel(tree);
    }

#pragma warning disable RSEXPERIMENTAL001 // guarded above: a compiler without the overload falls back to the plain one
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SemanticModel WithoutNullableAnalysis(Compilation compilation, SyntaxTree tree)
        => compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Serialization;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Serialization;

/// <summary>
/// Record parameters spelled with keywords are resolved without binding; what is resolved must be the very symbol,
/// nullable annotations below the top level included, that binding the same syntax gives, and everything else is left to binding.
/// </summary>
public sealed class KeywordTypeTests
{
    private const string Source = """
        #nullable enable
        using System.Collections.Generic;

        namespace Demo;

        public sealed record Keywords(
            bool A, byte B, sbyte C, short D, ushort E, int F, uint G, long H, ulong I, float J, double K, decimal L, char M,
            string N, object O,
            int[] P, string[] Q, object[] R, double[] S, byte[] T,
            int? U, double? V, char? W, decimal? X,
            string? Y, object? Z,
            string?[] Aa, int[][] Ab, int[,] Ac, int?[] Ad, List<int> Ae, Keywords? Af, System.Int32 Ag, dynamic Ah, nint Ai);
        """;

    [Fact]
    public void Every_resolved_keyword_type_is_what_binding_gives()
    {
        var compilation = GeneratorHarness.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var resolved = new List<string>();
        foreach (var parameter in tree.GetRoot().DescendantNodes().OfType<ParameterSyntax>())
        {
            var type = KeywordTypes.TryResolve(compilation, parameter.Type!);
            if (type is null)
            {
                continue;
            }

            // The top-level annotation is the reader's to set (from the '?' it sees); everything below it must match.
            var bound = model.GetTypeInfo(parameter.Type!).Type!.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            type = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            Assert.True(SymbolEqualityComparer.IncludeNullability.Equals(bound, type),
                $"{parameter.Identifier.ValueText}: '{parameter.Type}' resolves to {Describe(type)}, binding gives {Describe(bound)}");
            resolved.Add(parameter.Identifier.ValueText);
        }

        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X"], resolved);
    }

    private static string Describe(ITypeSymbol type)
        => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier))
           + " (" + type.NullableAnnotation + (type is IArrayTypeSymbol array ? ", element " + array.ElementNullableAnnotation : string.Empty)
           + (type is INamedTypeSymbol { IsGenericType: true } named ? ", argument " + named.TypeArgumentNullableAnnotations[0] : string.Empty) + ")";
}

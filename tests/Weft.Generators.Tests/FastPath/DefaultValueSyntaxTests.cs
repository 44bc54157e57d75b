using System.Linq;
using Microsoft.CodeAnalysis;
using Weft.Generators.Parsing;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// Define's parameter defaults read from their declarations (<see cref="DefaultValueSyntax"/>) must be exactly what the
/// compiler binds, and any default the syntax alone does not settle must be left to the compiler.
/// </summary>
public sealed class DefaultValueSyntaxTests
{
    private const string Source = """
        #nullable enable
        using System.Runtime.InteropServices;

        namespace Demo;

        public enum Mode { Fast, Slow }

        public static class Holder
        {
            public const int Rows = 7;

            public static void Define(
                string source, int rows = 500, double fraction = 0.2, string label = "run", bool flag = true, char mark = 'x',
                long big = 5L, float ratio = 1.5f, decimal money = 1.50m, string? missing = null, int? maybe = null, int? some = 3,
                long widened = 5, double whole = 1, int negative = -1, int named = Rows, Mode mode = Mode.Slow, int zero = default)
            {
            }

            public static void Attributed([Optional, DefaultParameterValue(4)] int attributed)
            {
            }
        }
        """;

    [Fact]
    public void Literal_defaults_of_the_parameter_type_are_read_and_match_the_compiler()
    {
        var parameters = Parameters();
        string[] read = ["source", "rows", "fraction", "label", "flag", "mark", "big", "ratio", "money", "missing", "maybe", "some", "negative"];

        foreach (var parameter in parameters.Where(p => read.Contains(p.Name)))
        {
            Assert.True(DefaultValueSyntax.TryRead(parameter, out var hasDefault, out var value), parameter.Name);
            Assert.Equal(parameter.HasExplicitDefaultValue, hasDefault);
            if (hasDefault)
            {
                Assert.Equal(parameter.ExplicitDefaultValue, value);
                Assert.Equal(parameter.ExplicitDefaultValue?.GetType(), value?.GetType());
            }
        }
    }

    [Theory]
    [InlineData("widened")]
    [InlineData("whole")]
    [InlineData("named")]
    [InlineData("mode")]
    [InlineData("zero")]
    [InlineData("attributed")]
    public void Defaults_that_need_a_conversion_a_name_or_an_attribute_are_left_to_the_compiler(string name)
        => Assert.False(DefaultValueSyntax.TryRead(Parameters().Single(p => p.Name == name), out _, out _));

    [Fact]
    public void The_literals_the_generated_signature_shows_are_unchanged()
    {
        var parameters = Parameters();

        Assert.Equal("500", ConstantFormatter.DefaultLiteral(parameters.Single(p => p.Name == "rows")));
        Assert.Equal("null", ConstantFormatter.DefaultLiteral(parameters.Single(p => p.Name == "maybe")));
        Assert.Null(ConstantFormatter.DefaultLiteral(parameters.Single(p => p.Name == "source")));
    }

    private static IParameterSymbol[] Parameters()
    {
        // A compilation of its own each time, so that nothing the compiler bound for one test is reused by the next.
        var compilation = GeneratorHarness.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var holder = compilation.GetTypeByMetadataName("Demo.Holder")!;
        return holder.GetMembers("Define").Concat(holder.GetMembers("Attributed")).SelectMany(m => ((IMethodSymbol)m).Parameters).ToArray();
    }
}

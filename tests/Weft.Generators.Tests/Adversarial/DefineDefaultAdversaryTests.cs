namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Define parameter defaults a user may write, each read the way the compiler binds it: the fast path must read only
/// the literals it is certain of (a <c>default</c> literal has a token but no value of the parameter's type).
/// </summary>
public sealed class DefineDefaultAdversaryTests
{
    private static AdversarialRun Run(string parameters) => AdversarialRun.Clean(("Defaults.cs", $$"""
        using System.Threading.Tasks;
        using Weft;

        namespace Demo;

        public static class Limits
        {
            public const int Rows = 7;
            public const string Label = "lbl";
        }

        [Pipeline]
        public static partial class Defaults
        {
            static void Define({{parameters}})
            {
                var counted = Count(1);
            }

            [Step] static int Count(int x) => x;
        }
        """));

    [Theory]
    [InlineData("string name = default", "string? name = null")]
    [InlineData("string? name = default", "string? name = null")]
    [InlineData("string name = default(string)", "string? name = null")]
    [InlineData("int n = default", "int n = 0")]
    [InlineData("int n = (int)1.0", "int n = 1")]
    [InlineData("int n = -1", "int n = -1")]
    [InlineData("int n = 1_000", "int n = 1000")]
    [InlineData("int n = 0x10", "int n = 16")]
    [InlineData("double d = 1e3", "double d = 1000D")]
    [InlineData("char c = 'c'", "char c = 'c'")]
    [InlineData("int n = Limits.Rows", "int n = 7")]
    [InlineData("string s = Limits.Label", "string s = \"lbl\"")]
    [InlineData("string s = \"a\\\"b\\n\\t\"", "string s = \"a\\\"b\\n\\t\"")]
    [InlineData("string s = @\"c:\\dir\"\"q\"", "string s = \"c:\\\\dir\\\"q\"")]
    [InlineData("string s = \"\"\"raw \"x\" \"\"\"", "string s = \"raw \\\"x\\\" \"")]
    [InlineData("long l = 5", "long l = 5L")]
    [InlineData("bool? b = true", "bool? b = true")]
    [InlineData("int? n = default", "int? n = null")]
    public void Default_is_what_binding_gives(string parameter, string expected)
    {
        var generated = Run(parameter).Pipeline("Defaults.Pipeline.g.cs");

        Assert.Contains(expected, generated, StringComparison.Ordinal);
    }
}

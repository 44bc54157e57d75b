using Weft.Generators.Tests.Incremental;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Constant fields and enum members passed to steps in Define, whose values the fast path reads from their
/// declarations: spelled every way a user may spell them, and edited in their own file under a kept driver.
/// </summary>
public sealed class ConstantArgumentAdversaryTests
{
    private const string Constants = """
        namespace Demo.Config;

        public static class Limits
        {
            public const int Rows = 7;
            public const int Hex = 0x10, Under = 1_000;
            public const long Widened = 5;
            public const double Whole = 1, Exp = 1e3;
            public const decimal Money = 1.50m;
            public const string Label = "a\"b\n", Joined = "x" + "y", Nothing = null, Defaulted = default;
            public const char Mark = '\'';
            public const int Chained = Rows + 1;
            public const int Negative = -1;
            public const float Ratio = 1.5f;
        }

        public enum Mode { Fast, Slow, Careful }

        public enum Valued { A = 3, B, C = A }

        public enum Small : byte { X, Y }

        [System.Flags]
        public enum Flags { None, One, Two }
        """;

    private static string Flow(string calls) => $$"""
        using Weft;
        using Demo.Config;

        namespace Demo.App;

        [Pipeline]
        public static partial class Flow
        {
            static void Define()
            {
                {{calls}}
            }

            [Step] static int Int(int x) => x;
            [Step] static long Long(long x) => x;
            [Step] static double Double(double x) => x;
            [Step] static decimal Decimal(decimal x) => x;
            [Step] static string Text(string? x) => x ?? "";
            [Step] static char Char(char x) => x;
            [Step] static float Float(float x) => x;
            [Step] static int Enum(Mode m, Valued v, Small s, Flags f) => 0;
        }
        """;

    [Theory]
    [InlineData("var a = Int(Limits.Rows);")]
    [InlineData("var a = Int(Limits.Hex); var b = Int(Limits.Under);")]
    [InlineData("var a = Long(Limits.Widened); var b = Long(Limits.Rows);")]
    [InlineData("var a = Double(Limits.Whole); var b = Double(Limits.Exp); var c = Double(Limits.Rows);")]
    [InlineData("var a = Decimal(Limits.Money);")]
    [InlineData("var a = Text(Limits.Label); var b = Text(Limits.Joined); var c = Text(Limits.Nothing); var d = Text(Limits.Defaulted);")]
    [InlineData("var a = Char(Limits.Mark);")]
    [InlineData("var a = Int(Limits.Chained); var b = Int(Limits.Negative);")]
    [InlineData("var a = Float(Limits.Ratio); var b = Double(Limits.Ratio);")]
    [InlineData("var a = Enum(Mode.Careful, Valued.B, Small.Y, Flags.Two);")]
    [InlineData("var a = Enum(Mode.Fast, Valued.C, Small.X, Flags.One | Flags.Two);")]
    [InlineData("var a = Enum((Mode)1, (Valued)0, default, 0);")]
    public void Constant_arguments_agree_with_the_compiler(string calls)
        => AdversarialRun.Clean(("Constants.cs", Constants), ("Flow.cs", Flow(calls)));

    [Fact]
    public void A_shadowing_constant_in_the_pipeline_class_wins()
        => AdversarialRun.Clean(("Constants.cs", Constants), ("Flow.cs", Flow("var a = Int(Limits.Rows);")
            .Replace("[Step] static int Int", "static class Limits { public const int Rows = 9; }\n    [Step] static int Int", StringComparison.Ordinal)));

    [Fact]
    public void Constants_edited_in_their_own_file_reach_the_pipeline()
    {
        var session = GeneratorSession.Start(("Constants.cs", Constants),
            ("Flow.cs", Flow("var a = Int(Limits.Rows); var b = Enum(Mode.Slow, Valued.B, Small.Y, Flags.Two); var c = Text(Limits.Label);")));
        var first = session.Sources;

        session.Replace("Constants.cs", "Rows = 7", "Rows = 8");
        session.Replace("Constants.cs", "enum Mode { Fast, Slow, Careful }", "enum Mode { Fast, Medium, Slow, Careful }");
        session.Replace("Constants.cs", "enum Valued { A = 3, B, C = A }", "enum Valued { A = 4, B, C = A }");
        session.Replace("Constants.cs", "Label = \"a\\\"b\\n\"", "Label = \"changed\"");

        var files = session.Compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();
        var fresh = AdversarialRun.Clean(files);
        Assert.Equal(fresh.Sources.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.NotEqual(first.OrderBy(p => p.Key, StringComparer.Ordinal), session.Sources.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
    [Theory]
    [InlineData("string? label = default")]
    [InlineData("string label = \"x\\ty\"")]
    [InlineData("int n = default")]
    [InlineData("int n = -1")]
    [InlineData("long n = 5")]
    [InlineData("double d = 1")]
    [InlineData("decimal m = 1.50m")]
    [InlineData("Mode m = Mode.Slow")]
    [InlineData("Mode m = default")]
    [InlineData("int? n = default")]
    [InlineData("int? n = 3")]
    [InlineData("char c = '\\0'")]
    [InlineData("int n = Limits.Rows")]
    [InlineData("string s = Limits.Label")]
    public void Omitted_step_parameter_defaults_agree_with_the_compiler(string parameter)
        => AdversarialRun.Clean(("Constants.cs", Constants), ("Flow.cs", Flow("var a = Omitted(1);")
            .Replace("[Step] static int Int", $"[Step] static int Omitted(int x, {parameter}) => x;\n    [Step] static int Int", StringComparison.Ordinal)));
}

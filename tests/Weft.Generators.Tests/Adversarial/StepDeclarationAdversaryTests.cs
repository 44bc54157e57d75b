namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step declarations whose signature is not all in one place: partial methods (parameter names and defaults live on the
/// defining part), defaults given only by attributes or by the caller (<c>[CallerMemberName]</c>), extension steps,
/// steps imported by <c>using static</c>, keyword and escaped parameter names. Node inputs and constants must be binding's.
/// </summary>
public sealed class StepDeclarationAdversaryTests
{
    private static string Generated(string define, string steps, string more = "")
        => AdversarialRun.Clean(("Flow.cs", $$"""
            using System.Runtime.CompilerServices;
            using System.Runtime.InteropServices;
            using Weft;
            {{more}}

            namespace Demo.App;

            [Pipeline]
            public static partial class Flow
            {
                static void Define(int size = 2)
                {
                    {{define}}
                }
            }

            public static partial class Steps
            {
                {{steps}}
            }
            """)).Pipeline("Flow.Pipeline.g.cs");

    [Fact]
    public void A_partial_step_takes_its_parameter_names_and_defaults_from_the_defining_part()
    {
        var node = SignatureText.Node(Generated("var made = Steps.Make(size);", """
            [Step] public static partial int Make(int count, int extra = 5);
            public static partial int Make(int total, int more) => total + more;
            """), "Make");

        SignatureText.Holds(node,
            "new(\"count\", \"int\", new global::Weft.ParameterBinding(\"size\"))",
            "new(\"extra\", \"int\", new global::Weft.ConstantBinding((int)(5), \"5\"))");
    }

    [Fact]
    public void A_partial_step_whose_attribute_is_on_the_implementing_part()
    {
        var node = SignatureText.Node(Generated("var made = Steps.Make(size);", """
            public static partial int Make(int count, long extra = 1L);
            [Step] public static partial int Make(int total, long more) => total;
            """), "Make");

        SignatureText.Holds(node,
            "new(\"count\", \"int\", new global::Weft.ParameterBinding(\"size\"))",
            "new(\"extra\", \"long\", new global::Weft.ConstantBinding((long)(1L), \"1\"))");
    }

    [Theory]
    [InlineData("[Optional, DefaultParameterValue(6)] int z", "new(\"z\", \"int\", new global::Weft.ConstantBinding((int)(6), \"6\"))")]
    [InlineData("[Optional, DefaultParameterValue(\"q\")] string z", "new(\"z\", \"string\", new global::Weft.ConstantBinding((string)(\"q\"), \"\\\"q\\\"\"))")]
    [InlineData("[Optional] int z", "new(\"z\", \"int\", new global::Weft.ConstantBinding((int)(0), \"0\"))")]
    [InlineData("double z = -0.0", "new(\"z\", \"double\", new global::Weft.ConstantBinding((double)(-0D), \"-0\"))")]
    [InlineData("float z = 2.5f", "new(\"z\", \"float\", new global::Weft.ConstantBinding((float)(2.5F), \"2.5\"))")]
    [InlineData("long z = -1L", "new(\"z\", \"long\", new global::Weft.ConstantBinding((long)(-1L), \"-1\"))")]
    [InlineData("double z = 1e3", "new(\"z\", \"double\", new global::Weft.ConstantBinding((double)(1000D), \"1000\"))")]
    [InlineData("char z = 'c'", "new(\"z\", \"char\", new global::Weft.ConstantBinding((char)('c'), \"\\\"c\\\"\"))")]
    [InlineData("decimal z = -0.0m", "new(\"z\", \"decimal\", new global::Weft.ConstantBinding((decimal)(0.0M), \"0.0\"))")]
    [InlineData("int? z = default", "new(\"z\", \"int?\", new global::Weft.ConstantBinding((int?)null, \"null\"))")]
    [InlineData("string? z = default(string)", "new(\"z\", \"string?\", new global::Weft.ConstantBinding((string?)null, \"null\"))")]
    [InlineData("System.DayOfWeek z = System.DayOfWeek.Friday", "new(\"z\", \"System.DayOfWeek\", new global::Weft.ConstantBinding((global::System.DayOfWeek)(5), \"5\"))")]
    [InlineData("System.DayOfWeek z = default", "new(\"z\", \"System.DayOfWeek\", new global::Weft.ConstantBinding((global::System.DayOfWeek)(0), \"0\"))")]
    [InlineData("int @class = 3", "new(\"class\", \"int\", new global::Weft.ConstantBinding((int)(3), \"3\"))")]
    [InlineData("int \\u0061bc = 3", "new(\"abc\", \"int\", new global::Weft.ConstantBinding((int)(3), \"3\"))")]
    public void An_omitted_step_argument_is_the_bound_default(string parameter, string expected)
    {
        var node = SignatureText.Node(Generated("var made = Steps.Make(size);", $"[Step] public static int Make(int count, {parameter}) => count;"), "Make");

        SignatureText.Holds(node, "new(\"count\", \"int\", new global::Weft.ParameterBinding(\"size\"))", expected);
    }

    [Fact]
    public void A_caller_member_name_argument_is_what_the_caller_passes()
    {
        var node = SignatureText.Node(Generated("var made = Steps.Make(size);",
            "[Step] public static int Make(int count, [CallerMemberName] string caller = \"none\", [CallerLineNumber] int line = -1) => count;"), "Make");

        // The compiler passes the calling member's name and the call's line, not the written defaults.
        SignatureText.Holds(node, "new(\"count\", \"int\", new global::Weft.ParameterBinding(\"size\"))",
            "new(\"caller\", \"string\", new global::Weft.ConstantBinding((string)(\"Define\"), \"\\\"Define\\\"\"))",
            "new(\"line\", \"int\", new global::Weft.ConstantBinding((int)(13), \"13\"))");
    }

    [Fact]
    public void An_extension_step_called_as_a_static_method()
    {
        var node = SignatureText.Node(Generated("var made = Steps.Make(size);\nvar twice = Steps.Twice(made);", """
            [Step] public static int Make(int count) => count;
            [Step] public static long Twice(this int value) => value * 2L;
            """), "Twice");

        SignatureText.Holds(node, "new(\"value\", \"int\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"value\", \"long\", ", "global::Demo.App.Steps.Twice((int)__args[0]!)");
    }

    [Fact]
    public void Steps_imported_by_using_static_from_another_namespace()
    {
        var generated = AdversarialRun.Clean(
            ("Flow.cs", """
                using Weft;
                using static Demo.Lib.LibSteps;

                namespace Demo.App;

                [Pipeline]
                public static partial class Flow
                {
                    static void Define(int size = 2)
                    {
                        var made = Make(size);
                        var used = Use(made);
                    }
                }
                """),
            ("Lib.cs", """
                using Weft;

                namespace Demo.Lib
                {
                    public sealed record Row(int A);

                    public static class LibSteps
                    {
                        [Step] public static Row Make(int count) => new(count);

                        [Step] public static int Use(Row row, int factor = 4) => row.A * factor;
                    }
                }
                """)).Pipeline("Flow.Pipeline.g.cs");

        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"row\", \"Demo.Lib.Row\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"factor\", \"int\", new global::Weft.ConstantBinding((int)(4), \"4\"))",
            "global::Demo.Lib.LibSteps.Use((global::Demo.Lib.Row)__args[0]!, (int)__args[1]!)");
    }
}

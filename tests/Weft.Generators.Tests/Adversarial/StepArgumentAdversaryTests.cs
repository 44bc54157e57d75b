namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step arguments the fast path reads from declarations instead of asking the compiler: const fields' and enum members'
/// values, omitted parameters' defaults and the body's locals. Each run is cross-checked against binding, so a value
/// read differently, or a local taken for another, fails as WEFT0000; forms the syntax does not settle fall back.
/// </summary>
public sealed class StepArgumentAdversaryTests
{
    private static AdversarialRun Run(string parameterType, string argument, string members = "", string omitted = "") => AdversarialRun.Clean(("Arguments.cs", $$"""
        using System.Threading.Tasks;
        using Weft;

        namespace Demo;

        public enum Plain { A, B, C }
        public enum Numbered { A = 4, B, C }
        public enum Small : byte { A, B, C }
        public enum Aliased { A, B = A, C }

        public static class Outer
        {
            public const int Rows = 7;
            public const long Wide = 3;
            public const double Ratio = 3;
            public const int Negative = -1;
            public const string Label = "lbl";
            public const string Joined = Label + "x";
            public const Plain Chosen = Plain.C;
        }

        [Pipeline]
        public static partial class Arguments
        {
            {{members}}

            static void Define()
            {
                var produced = Produce();
                var used = Use(produced, {{argument}});
                var (left, right) = Pair(used);
                Finish(left, right);
            }

            [Step] static int Produce() => 1;
            [Step] static int Use(int input, {{parameterType}} value{{omitted}}) => input;
            [Step] static (int Left, int Right) Pair(int input) => (input, input);
            [Step] static void Finish(int left, int right) { }
        }
        """));

    [Theory]
    [InlineData("int", "Outer.Rows")]
    [InlineData("long", "Outer.Wide")]
    [InlineData("double", "Outer.Ratio")]
    [InlineData("int", "Outer.Negative")]
    [InlineData("string", "Outer.Label")]
    [InlineData("string", "Outer.Joined")]
    [InlineData("Plain", "Outer.Chosen")]
    [InlineData("Plain", "Plain.C")]
    [InlineData("Numbered", "Numbered.C")]
    [InlineData("Small", "Small.C")]
    [InlineData("Aliased", "Aliased.C")]
    [InlineData("Plain?", "Plain.B")]
    [InlineData("object", "Outer.Label")]
    [InlineData("char", "Local")]
    [InlineData("float", "Single")]
    [InlineData("decimal", "Money")]
    [InlineData("bool", "Flag")]
    [InlineData("ulong", "Big")]
    public void Constant_argument_agrees_with_binding(string parameterType, string argument)
        => Run(parameterType, argument, """
            const char Local = 'q';
            const float Single = 1.5f;
            const decimal Money = 2.5m;
            const bool Flag = true;
            const ulong Big = 18446744073709551615;
            """);

    [Theory]
    [InlineData(", int rows = 500")]
    [InlineData(", double fraction = 0.2")]
    [InlineData(", double fraction = 1")]
    [InlineData(", long wide = 5")]
    [InlineData(", string? label = null")]
    [InlineData(", string label = \"x\"")]
    [InlineData(", string label = default")]
    [InlineData(", int? count = 3")]
    [InlineData(", Plain mode = Plain.B")]
    [InlineData(", Numbered mode = default")]
    [InlineData(", [System.Runtime.CompilerServices.CallerMemberName] string caller = \"\"")]
    public void Omitted_default_agrees_with_binding(string omitted) => Run("int", "2", omitted: omitted);

    [Fact]
    public void Verbatim_local_is_the_local_of_its_name()
        => AdversarialRun.Clean(("Shadow.cs", """
            using System;
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class Shadow
            {
                static void Define()
                {
                    var produced = Produce();
                    var used = Use(produced);
                    var (@left, right) = Pair(used);
                    Finish(left, right);
                }

                [Step] static int Produce() => 1;
                [Step] static int Use(int input) => input;
                [Step] static (int Left, int Right) Pair(int input) => (input, input);
                [Step] static void Finish(int left, int right) { }
            }
            """));
}

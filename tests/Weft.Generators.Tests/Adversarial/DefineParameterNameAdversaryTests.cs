namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Define parameters whose names are also types, classes or steps in scope (<c>Mode Mode</c>, <c>int Limits</c>,
/// <c>int Steps</c>, <c>int Count</c>), keywords (<c>@int</c>), or reused inside a local function or lambda: each use in
/// the body must bind as the compiler does (the parameter, or the type through Color Color), or fail as it does.
/// </summary>
public sealed class DefineParameterNameAdversaryTests
{
    private static AdversarialRun Run(string parameters, string body) => AdversarialRun.Of(("Flow.cs", $$"""
        using System;
        using Weft;

        namespace Demo.App;

        public enum Mode { A, B }

        public static class Limits
        {
            public const int Rows = 7;
        }

        [Pipeline]
        public static partial class Flow
        {
            static void Define({{parameters}})
            {
                {{body}}
            }

            [Step] static int Use(Mode m, int n = 0) => n;

            [Step] static int Count(int n) => n;
        }

        public static class Steps
        {
            [Step] public static int Use(int n) => n;
        }
        """));

    [Theory]
    [InlineData("Mode Mode = Mode.B", "var used = Use(Mode);", "new(\"m\", \"Demo.App.Mode\", new global::Weft.ParameterBinding(\"Mode\"))")]
    [InlineData("Mode Mode = Mode.B", "var used = Use(Mode.A);", "new(\"m\", \"Demo.App.Mode\", new global::Weft.ConstantBinding((global::Demo.App.Mode)(0), \"0\"))")]
    [InlineData("Mode Mode = Mode.B", "var used = Use(Mode, (int)Mode.B);", "new(\"n\", \"int\", new global::Weft.ConstantBinding((int)(1), \"1\"))")]
    [InlineData("Mode m = Mode.B, int n = 2", "var used = Use(n: n, m: m);", "new(\"n\", \"int\", new global::Weft.ParameterBinding(\"n\"))")]
    [InlineData("Mode m = Mode.B, int @int = 2", "var used = Use(m, @int);", "new(\"n\", \"int\", new global::Weft.ParameterBinding(\"int\"))")]
    [InlineData("Mode m = Mode.B, int \\u006e = 2", "var used = Use(m, n);", "new(\"n\", \"int\", new global::Weft.ParameterBinding(\"n\"))")]
    public void A_Define_parameter_binds_as_the_compiler_binds_it(string parameters, string body, string expected)
    {
        var run = Run(parameters, body);

        Assert.Empty(run.Errors);
        Assert.Empty(run.Weft);
        SignatureText.Holds(SignatureText.Node(run.Pipeline("Flow.Pipeline.g.cs"), "Use"), expected);
    }

    [Theory]
    [InlineData("int Limits = 1", "var used = Use(Mode.A, Limits.Rows);", "")]
    [InlineData("int Steps = 1", "var used = Steps.Use(1);", "")]
    [InlineData("int Count = 3", "var used = Count(Count);", "")]
    [InlineData("int Use = 3", "var used = Use(Mode.A, Use);", "")]
    [InlineData("int n = 2", "var used = Use(Mode.A, n);\nint Local(int n) => n;", "WEFT0005")]
    [InlineData("int n = 2", "var used = Use(Mode.A, n);\nFunc<int, int> f = n => n;", "WEFT0005")]
    public void A_Define_parameter_hiding_what_the_body_names(string parameters, string body, string weft)
    {
        var run = Run(parameters, body);

        Assert.Equal(weft, string.Join(",", run.Weft.Select(d => d.Id).Distinct()));
        Assert.Equal(weft.Length == 0, run.Errors.Count > 0);
    }
}

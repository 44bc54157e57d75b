using Weft.Generators.Tests.Incremental;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// The first name of a step call's qualifier (<c>Steps.Use</c>, <c>Mode.B</c>) and <c>var</c>, which the Define fast path
/// decides from the pipeline's namespace scope: types of the name in the namespace chain, in imports, as nested classes,
/// generic or file-local, namespaces and aliases of the name, and a type named <c>var</c> in an import. Each run is
/// cross-checked against binding; the node must call the step binding finds.
/// </summary>
public sealed class DefineQualifierAdversaryTests
{
    private const string Flow = """
        using Weft;
        using Demo.Lib;
        {0}

        namespace Demo.App;

        [Pipeline]
        public static partial class Flow
        {{
            static void Define()
            {{
                var used = Steps.Use(Mode.B);
            }}
            {1}
        }}
        """;

    private const string Lib = """
        using Weft;

        namespace Demo.Lib
        {
            public enum Mode { A, B }

            public static class Steps
            {
                [Step] public static int Use(Mode mode) => 1;
            }
        }
        """;

    private static AdversarialRun Run(string usings, string members, string more)
        => AdversarialRun.Of(("Flow.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Flow, usings, members)), ("Lib.cs", Lib), ("More.cs", more));

    [Theory]
    [InlineData("", "", "", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "namespace Demo.App { public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 2; } }", "Demo.App.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 2; }", "Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "static class Steps { [Step] public static int Use(Demo.Lib.Mode mode) => 3; }", "", "Demo.App.Flow.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "namespace Demo.App { public static class Steps<T> { } }", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "namespace Demo.App { file static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 2; } }", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "namespace Demo.App { public enum Mode { Z, Y, B } }", "Demo.Lib.Steps.Use", "", false)]
    [InlineData("", "", "namespace Demo.Other { public static class Steps { } }\nnamespace Demo.Other { public enum Mode { B } }", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("using Steps = Demo.Lib.Steps;", "", "", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("using Demo.Other;", "", "namespace Demo.Other { public sealed class var { } }", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", false)]
    [InlineData("", "", "namespace Demo.App.var { }", "Demo.Lib.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    [InlineData("", "", "namespace Demo { public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 4; } }", "Demo.Steps.Use", "(global::Demo.Lib.Mode)(1)", true)]
    public void A_qualifier_names_what_binding_finds(string usings, string members, string more, string step, string constant, bool compiles)
    {
        var run = Run(usings, members, more);

        Assert.DoesNotContain(run.Weft, d => d.Id == "WEFT0000");
        if (!compiles)
        {
            // Another Mode.B, or a class named var that the local's type becomes: the compiler rejects it, as binding does.
            Assert.NotEmpty(run.Errors);
            return;
        }

        Assert.True(run.Errors.Count == 0, string.Join("\n", run.Errors));

        var node = SignatureText.Node(run.Pipeline("Flow.Pipeline.g.cs"), "Use");
        SignatureText.Holds(node, $"\"{step}\",");
        if (constant.Length > 0)
        {
            SignatureText.Holds(node, constant);
        }
    }

    [Theory]
    [InlineData("namespace Demo.App { public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 2; } }")]
    [InlineData("public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 2; }")]
    [InlineData("namespace Demo { public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 4; } }")]
    [InlineData("namespace Demo.App { public enum Mode { Z, Y, B } }")]
    [InlineData("namespace Demo.App.Steps { }")]
    [InlineData("global using Demo.Other;\nnamespace Demo.Other { public sealed class var { } }")]
    [InlineData("namespace Demo.App { public sealed class var { } }")]
    [InlineData("global using Steps = Demo.Other.Steps;\nnamespace Demo.Other { public static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 5; } }")]
    [InlineData("namespace Demo.App { public static partial class Flow { static class Steps { [Weft.Step] public static int Use(Demo.Lib.Mode mode) => 6; } } }")]
    public void A_declaration_added_then_removed_changes_what_the_qualifier_names(string more)
    {
        var session = GeneratorSession.Start(("Flow.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Flow, "", "")), ("Lib.cs", Lib));
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Add("More.cs", more);
        IncrementalAdversaryTests.AssertMatchesFresh(session);

        session.Edit("More.cs", _ => "// removed\n");
        IncrementalAdversaryTests.AssertMatchesFresh(session);
    }

    [Theory]
    [InlineData("namespace Demo\n{\n    namespace App\n    {\n        using static Demo.Lib.Steps;\n        using Demo.Lib;\n{0}\n    }\n}", true)]
    [InlineData("namespace Demo\n{\n    using static Demo.Lib.Steps;\n    using Demo.Lib;\n    namespace App\n    {\n{0}\n    }\n}", true)]
    [InlineData("using static Demo.Lib.Steps;\nusing Demo.Lib;\nnamespace Demo\n{\n    namespace App\n    {\n{0}\n    }\n}", true)]
    [InlineData("namespace Demo\n{\n    namespace Other\n    {\n        using static Demo.Lib.Steps;\n    }\n    namespace App\n    {\n        using Demo.Lib;\n{0}\n    }\n}", false)]
    public void A_step_imported_by_using_static_in_an_enclosing_namespace_block(string layout, bool compiles)
    {
        const string pipeline = """
                    [Pipeline]
                    public static partial class Flow
                    {
                        static void Define()
                        {
                            var used = Use(Mode.B);
                        }
                    }
            """;
        var run = AdversarialRun.Of(("Flow.cs", "using Weft;\n" + layout.Replace("{0}", pipeline, StringComparison.Ordinal)), ("Lib.cs", Lib));

        Assert.DoesNotContain(run.Weft, d => d.Id == "WEFT0000");
        Assert.Equal(compiles, run.Errors.Count == 0);
        if (compiles)
        {
            SignatureText.Holds(SignatureText.Node(run.Pipeline("Flow.Pipeline.g.cs"), "Use"), "\"Demo.Lib.Steps.Use\",", "(global::Demo.Lib.Mode)(1)");
        }
    }
}

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step parameter and result types spelled every way C# resolves a name: nested in the step's class or an outer one,
/// hidden by a namespace member, aliased (locally, globally, inside a namespace), imported by <c>using static</c>,
/// qualified, <c>global::</c>-qualified, escaped, keyword or framework-named. The generated input, output and invoker
/// must name exactly the type binding gives, whoever reads the signature.
/// </summary>
public sealed class StepParameterTypeAdversaryTests
{
    private static string Steps(string usings, string innerUsings, string type, string members) => $$"""
        {{usings}}
        using Weft;

        namespace Demo.App
        {
            {{innerUsings}}

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var made = Steps.Make();
                    var used = Steps.Use(made);
                }
            }

            public static class Steps
            {
                {{members}}

                [Step] public static {{type}} Make() => throw new System.NotImplementedException();

                [Step] public static int Use({{type}} value) => 1;
            }
        }
        """;

    private static void AssertTyped(AdversarialRun run, string display, string cast)
    {
        var generated = run.Pipeline("Flow.Pipeline.g.cs");
        SignatureText.Holds(SignatureText.Node(generated, "Make"), $"new(\"value\", \"{display}\", ");
        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            $"new(\"value\", \"{display}\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            $"global::Demo.App.Steps.Use(({cast})__args[0]!)");
    }

    [Theory]
    // Nested in the step's class, and hiding a namespace member of the same name.
    [InlineData("", "", "Row", "public sealed record Row(int A);", "", "Demo.App.Steps.Row")]
    [InlineData("", "", "Row", "public sealed record Row(int A);", "namespace Demo.App { public sealed record Row(string B); }", "Demo.App.Steps.Row")]
    [InlineData("", "", "Steps.Row", "public sealed record Row(int A);", "namespace Demo.App { public sealed record Row(string B); }", "Demo.App.Steps.Row")]
    [InlineData("", "", "Row", "", "namespace Demo.App { public sealed record Row(string B); }", "Demo.App.Row")]
    // Qualified, partly qualified, global-qualified.
    [InlineData("", "", "global::Demo.Model.Row", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("", "", "Model.Row", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("", "", "Demo.Model.Row", "", "namespace Demo.Model { public sealed record Row(int A); }\nnamespace Demo.App.Demo.Model { public sealed record Row(string B); }", "Demo.App.Demo.Model.Row")]
    [InlineData("", "", "global::Demo.Model.Row", "", "namespace Demo.Model { public sealed record Row(int A); }\nnamespace Demo.App.Demo.Model { public sealed record Row(string B); }", "Demo.Model.Row")]
    // Imports: a namespace member beats any import of the compilation unit, even one of an outer namespace.
    [InlineData("using Demo.Model;", "", "Row", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("using Demo.Model;", "", "Row", "", "namespace Demo.Model { public sealed record Row(int A); }\nnamespace Demo.App { public sealed record Row(string B); }", "Demo.App.Row")]
    [InlineData("using Row = Demo.Model.Row;", "", "Row", "", "namespace Demo.Model { public sealed record Row(int A); }\nnamespace Demo { public sealed record Row(string B); }", "Demo.Row")]
    [InlineData("using Rows = System.Collections.Generic.List<Demo.Model.Row>;", "", "Rows", "", "namespace Demo.Model { public sealed record Row(int A); }", "System.Collections.Generic.List<Demo.Model.Row>")]
    [InlineData("", "using Demo.Model;", "Row", "", "namespace Demo.Model { public sealed record Row(int A); }\nnamespace Demo { public sealed record Row(string B); }", "Demo.Model.Row")]
    [InlineData("", "using R = Demo.Model.Row;", "R", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("using R = global::Demo.Model.Row;", "", "R", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("using M = Demo.Model;", "", "M.Row", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("using M = Demo.Model;", "", "M::Row", "", "namespace Demo.Model { public sealed record Row(int A); }", "Demo.Model.Row")]
    [InlineData("using static Demo.Model.Holder;", "", "Row", "", "namespace Demo.Model { public static class Holder { public sealed record Row(int A); } }", "Demo.Model.Holder.Row")]
    [InlineData("using static Demo.Model.Holder;", "", "Row", "", "namespace Demo.Model { public static class Holder { public sealed record Row(int A); } }\nnamespace Demo.App { public sealed record Row(string B); }", "Demo.App.Row")]
    // Generic types, arrays, nullable forms, framework names.
    [InlineData("using System.Collections.Generic;", "", "List<Row>", "public sealed record Row(int A);", "", "System.Collections.Generic.List<Demo.App.Steps.Row>")]
    [InlineData("using System.Collections.Generic;", "", "List<Row>", "public sealed record Row(int A);", "namespace Demo.App { public sealed class List<T> { public T? Value { get; set; } } }", "Demo.App.List<Demo.App.Steps.Row>")]
    [InlineData("using System.Collections.Generic;", "", "List<string?>?", "", "", "System.Collections.Generic.List<string?>?")]
    [InlineData("using System.Collections.Generic;", "", "Dictionary<string, Row[]>", "public sealed record Row(int A);", "", "System.Collections.Generic.Dictionary<string, Demo.App.Steps.Row[]>")]
    [InlineData("", "", "Row[][]", "public sealed record Row(int A);", "", "Demo.App.Steps.Row[][]")]
    [InlineData("", "", "Row?[]?", "public sealed record Row(int A);", "", "Demo.App.Steps.Row?[]?")]
    [InlineData("", "", "int[][]", "", "", "int[][]")]
    [InlineData("", "", "int?", "", "", "int?")]
    [InlineData("using System;", "", "Nullable<int>", "", "", "int?")]
    [InlineData("", "", "System.Nullable<long>", "", "", "long?")]
    [InlineData("", "", "string?", "", "", "string?")]
    [InlineData("using System;", "", "Int32", "", "", "int")]
    [InlineData("using System;", "", "Int32", "public sealed record Int32(string S);", "", "Demo.App.Steps.Int32")]
    [InlineData("", "", "System.String", "", "", "string")]
    [InlineData("", "", "String", "", "namespace Demo.App { public sealed record String(int A); }", "Demo.App.String")]
    [InlineData("", "", "Mode", "public enum Mode { A, B }", "", "Demo.App.Steps.Mode")]
    [InlineData("", "", "@Row", "public sealed record Row(int A);", "", "Demo.App.Steps.Row")]
    [InlineData("", "", "R\\u006fw", "public sealed record Row(int A);", "", "Demo.App.Steps.Row")]
    [InlineData("", "", "DataFile", "", "", "Weft.DataFile")]
    [InlineData("", "", "DataFile", "public sealed record DataFile(string Name);", "", "Demo.App.Steps.DataFile")]
    public void Step_types_resolve_as_binding_does(string usings, string innerUsings, string type, string members, string model, string display)
    {
        var run = AdversarialRun.Clean(("Flow.cs", Steps(usings, innerUsings, type, members)), ("Model.cs", model));

        var cast = display switch
        {
            "int" or "string" or "int[][]" or "int?" or "long?" => display,
            _ when display.StartsWith("string", StringComparison.Ordinal) => display,
            _ => "global::" + display.Replace("<", "<global::", StringComparison.Ordinal).Replace(", ", ", global::", StringComparison.Ordinal)
                .Replace("global::string", "string", StringComparison.Ordinal),
        };
        AssertTyped(run, display, cast);
    }

    [Fact]
    public void A_global_alias_in_another_file_names_the_step_type()
    {
        var run = AdversarialRun.Clean(("Flow.cs", Steps("", "", "Row", "")),
            ("Usings.cs", "global using Row = Demo.Model.Row;\nnamespace Demo.Model { public sealed record Row(int A); }"));

        AssertTyped(run, "Demo.Model.Row", "global::Demo.Model.Row");
    }

    [Fact]
    public void A_global_using_static_in_another_file_imports_the_step_type()
    {
        var run = AdversarialRun.Clean(("Flow.cs", Steps("", "", "Row", "")),
            ("Usings.cs", "global using static Demo.Model.Holder;\nnamespace Demo.Model { public static class Holder { public sealed record Row(int A); } }"));

        AssertTyped(run, "Demo.Model.Holder.Row", "global::Demo.Model.Holder.Row");
    }

    [Fact]
    public void Steps_of_a_class_nested_in_an_outer_class_see_the_outer_class_types()
    {
        var run = AdversarialRun.Clean(("Flow.cs", """
            using Weft;

            namespace Demo.App;

            public sealed record Row(string B);

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var made = Outer.Steps.Make();
                    var used = Outer.Steps.Use(made);
                }
            }

            public static class Outer
            {
                public sealed record Row(int A);

                public static class Steps
                {
                    [Step] public static Row Make() => new(1);

                    [Step] public static int Use(Row value) => value.A;
                }
            }
            """));

        var generated = run.Pipeline("Flow.Pipeline.g.cs");
        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"value\", \"Demo.App.Outer.Row\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "global::Demo.App.Outer.Steps.Use((global::Demo.App.Outer.Row)__args[0]!)");
    }

    [Fact]
    public void Steps_in_another_file_and_namespace_resolve_in_their_own_file()
    {
        var run = AdversarialRun.Clean(
            ("Flow.cs", """
                using Weft;
                using Demo.Lib;

                namespace Demo.App;

                public sealed record Row(string B);

                [Pipeline]
                public static partial class Flow
                {
                    static void Define()
                    {
                        var made = LibSteps.Make();
                        var used = LibSteps.Use(made);
                    }
                }
                """),
            ("Lib.cs", """
                using Weft;
                using Row = Demo.Lib.Records.Row;

                namespace Demo.Lib
                {
                    public static class LibSteps
                    {
                        [Step] public static Row Make() => new(1);

                        [Step] public static int Use(Row value) => value.A;
                    }
                }

                namespace Demo.Lib.Records
                {
                    public sealed record Row(int A);
                }
                """));

        var generated = run.Pipeline("Flow.Pipeline.g.cs");
        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"value\", \"Demo.Lib.Records.Row\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "global::Demo.Lib.LibSteps.Use((global::Demo.Lib.Records.Row)__args[0]!)");
    }
}

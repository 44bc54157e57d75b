using Microsoft.CodeAnalysis;
using Weft.Generators.Tests.Incremental;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Edits that change what a name means without touching the file that writes it: a type declared in another file that
/// hides an imported one, then removed; a renamed using; a global alias; a new partial part with a base list. After each
/// edit, the kept driver's output must be exactly what a fresh run over freshly parsed files gives.
/// </summary>
public sealed class IncrementalAdversaryTests
{
    private const string Flow = """
        using Weft;
        using Demo.Model;

        namespace Demo.App
        {
            [Pipeline]
            public static partial class Flow
            {
                static void Define(int size = 3)
                {
                    var output = Make(size);
                    var text = Describe(output);
                }

                [Step(Retries = 1)] static Output Make(int x) => new Output(new Row(x), Mode.A);

                [Step] static string Describe(Output output) => Helper.Say(output.R.ToString());
            }
        }
        """;

    private const string Model = """
        namespace Demo.Model;

        public sealed record Output(Row R, Mode M);

        public sealed record Row(int A);

        public enum Mode { A, B }

        public static class Helper
        {
            public static string Say(string s) => s;
        }
        """;

    private static GeneratorSession Start(params (string Path, string Text)[] more)
    {
        var session = GeneratorSession.Start([("Flow.cs", Flow), ("Model.cs", Model), .. more]);
        AssertMatchesFresh(session);
        return session;
    }

    /// <summary>The kept driver's latest output equals a fresh driver's over the same text parsed anew.</summary>
    internal static void AssertMatchesFresh(GeneratorSession session)
    {
        var files = session.Compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();
        var (result, _, diagnostics) = GeneratorHarness.Run(GeneratorHarness.Compile(files));
        var fresh = result.Results.Single();
        Assert.Null(fresh.Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id == "WEFT0000");

        var expected = fresh.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var actual = session.Sources;
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, text) in expected)
        {
            Assert.Equal(text, actual[hint]);
        }

        Assert.Equal(Describe(diagnostics), Describe(session.Diagnostics));
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("namespace Demo.App;\npublic static class Helper { public static string Say(string s) => s + \"!\"; }")]
    [InlineData("namespace Demo.App;\npublic sealed record Output(Row R, Mode M, int Extra);")]
    [InlineData("namespace Demo.App;\npublic sealed record Row(long A, string B);")]
    [InlineData("namespace Demo.App;\npublic enum Mode { A, B, C }")]
    [InlineData("namespace Demo.Model;\npublic sealed record Output2(int A);")]
    [InlineData("public static class Helper { public static string Say(string s) => s + \"?\"; }")]
    [InlineData("namespace Demo.App;\npublic sealed class StepAttribute : System.Attribute { public int Retries { get; set; } }")]
    [InlineData("namespace Demo.App;\npublic sealed class Step : System.Attribute { public int Retries { get; set; } }")]
    [InlineData("global using Row = Demo.Other.Row;\nnamespace Demo.Other { public sealed record Row(string B); }")]
    [InlineData("global using static Demo.Other.Holder;\nnamespace Demo.Other { public static class Holder { public sealed record Row(string B); } }")]
    [InlineData("namespace Demo.Model;\npublic partial record Row { public int Added { get; init; } }")]
    public void A_declaration_added_in_another_file_then_removed(string declaration)
    {
        var session = Start();

        session.Add("Added.cs", declaration);
        AssertMatchesFresh(session);

        session.Edit("Added.cs", _ => "// removed\n");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void A_partial_part_with_a_base_list_added_to_a_class_declared_without_one()
    {
        var session = Start(("Extra.cs", """
            namespace Demo.Model;
            public partial class Detail { public int Size { get; set; } }
            public class DetailBase { public string Name { get; set; } = ""; }
            """));
        session.Replace("Model.cs", "Row R, Mode M", "Row R, Mode M, Detail D");
        AssertMatchesFresh(session);

        session.Add("Base.cs", "namespace Demo.Model;\npublic partial class Detail : DetailBase { }");
        AssertMatchesFresh(session);

        session.Edit("Base.cs", _ => "// removed\n");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void A_base_class_gains_a_property_in_its_own_file()
    {
        var session = Start(("Extra.cs", """
            namespace Demo.Model;
            public class Detail : DetailBase { public int Size { get; set; } }
            """), ("Base.cs", "namespace Demo.Model;\npublic class DetailBase { }"));
        session.Replace("Model.cs", "Row R, Mode M", "Row R, Mode M, Detail D");
        AssertMatchesFresh(session);

        session.Replace("Base.cs", "DetailBase { }", "DetailBase { public string Name { get; set; } = \"\"; }");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void An_enum_member_added_in_another_file_changes_the_serializer()
    {
        var session = Start();

        session.Replace("Model.cs", "enum Mode { A, B }", "enum Mode { A, B, C }");
        AssertMatchesFresh(session);

        session.Replace("Model.cs", "enum Mode { A, B, C }", "enum Mode { A, B = 5, C }");
        AssertMatchesFresh(session);

        session.Replace("Model.cs", "enum Mode { A, B = 5, C }", "enum Mode : byte { A, B, C }");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void A_renamed_using_points_the_same_names_at_another_namespace()
    {
        var session = Start(("Other.cs", """
            namespace Demo.Other;
            public sealed record Output(Row R, Mode M, int More);
            public sealed record Row(int A);
            public enum Mode { A, B, C }
            public static class Helper { public static string Say(string s) => s + "other"; }
            """));

        session.Replace("Flow.cs", "using Demo.Model;", "using Demo.Other;");
        AssertMatchesFresh(session);

        session.Replace("Flow.cs", "using Demo.Other;", "using Demo.Model;");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void A_using_of_the_model_file_renamed_changes_a_record_parameter_type()
    {
        var session = Start(("Other.cs", "namespace Demo.Other { public sealed record Row(string B, string C); }"));

        session.Replace("Model.cs", "namespace Demo.Model;", "using Row = Demo.Other.Row;\nnamespace Demo.Model;");
        AssertMatchesFresh(session);

        session.Replace("Model.cs", "using Row = Demo.Other.Row;", "using Demo.Other;");
        AssertMatchesFresh(session);
    }

    [Fact]
    public void A_step_attribute_alias_added_to_the_pipeline_file()
    {
        var session = Start();

        session.Replace("Flow.cs", "using Weft;", "using Weft;\nusing Step = System.ObsoleteAttribute;");
        AssertMatchesFresh(session);

        session.Replace("Flow.cs", "using Step = System.ObsoleteAttribute;", "using W = Weft;");
        AssertMatchesFresh(session);
    }
    [Theory]
    [InlineData("namespace Demo.App;\npublic sealed class StepAttribute : System.Attribute { public int Retries { get; set; } }")]
    [InlineData("namespace Demo.Model;\npublic sealed class Stream { public int A { get; set; } }")]
    [InlineData("namespace Demo.App;\npublic sealed record Output(int A);")]
    public void Steps_with_diagnostics_keep_them_exactly_as_a_fresh_run_across_a_shadowing_declaration(string declaration)
    {
        var session = Start(("Broken.cs", """
            using Weft;
            using Demo.Model;
            using System.IO;

            namespace Demo.App
            {
                public static class Broken
                {
                    [Step(Retries = -1)] public static Output Negative(int x) => throw new System.NotImplementedException();

                    [Step] public static Stream Unstorable(int x) => throw new System.NotImplementedException();

                    [Step(Name = "has space")] public static Row Named(int x) => new Row(x);
                }
            }
            """));
        Assert.NotEmpty(session.Diagnostics);

        session.Add("Added.cs", declaration);
        AssertMatchesFresh(session);

        session.Edit("Added.cs", _ => "// removed\n");
        AssertMatchesFresh(session);

        session.Add("Again.cs", declaration.Replace("namespace", "// again\nnamespace", StringComparison.Ordinal));
        AssertMatchesFresh(session);
    }
}

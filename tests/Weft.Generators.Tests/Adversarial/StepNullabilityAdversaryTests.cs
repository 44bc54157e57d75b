using Microsoft.CodeAnalysis;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Nullable annotations read where the nullable context changes them: a project with Nullable disabled, <c>#nullable</c>
/// directives around a step, a parameter list or a single parameter, <c>annotations</c>/<c>warnings</c>-only contexts.
/// A <c>?</c> on a reference type in a disabled context still annotates it (CS8632 is a warning), and an unannotated
/// type there is oblivious: the generated inputs, outputs, casts and <c>RunAsync</c> must show what binding gives.
/// </summary>
public sealed class StepNullabilityAdversaryTests
{
    private const string Flow = """
        using System.Collections.Generic;
        using Weft;

        namespace Demo.App;

        public sealed record Row(int A);

        [Pipeline]
        public static partial class Flow
        {
            static void Define(string label = null, string? note = null, int? count = null)
            {
                var made = Make(label);
                var used = Use(made, note, count);
            }

            [Step] static List<string?>? Make(string label) => null;

            [Step] static Row Use(List<string?>? items, string? note, int? count) => new(1);
        }
        """;

    private static string Generated(string flow, NullableContextOptions options)
    {
        var compilation = GeneratorHarness.Compile(("Flow.cs", flow));
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(options));
        var (result, output, diagnostics) = GeneratorHarness.Run(compilation);
        var run = result.Results.Single();
        Assert.True(run.Exception is null, "The generator threw: " + run.Exception);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return run.GeneratedSources.Single(s => s.HintName.EndsWith("Flow.Pipeline.g.cs", StringComparison.Ordinal)).SourceText.ToString();
    }

    [Fact]
    public void A_project_with_nullable_disabled_keeps_the_written_annotations()
    {
        var generated = Generated(Flow, NullableContextOptions.Disable);

        SignatureText.Holds(SignatureText.RunAsync(generated), "RunAsync(string? label = null, string? note = null, int? count = null, ");
        SignatureText.Holds(SignatureText.Node(generated, "Make"),
            "new(\"label\", \"string\", new global::Weft.ParameterBinding(\"label\"))",
            "new(\"value\", \"System.Collections.Generic.List<string?>?\", ");
        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"items\", \"System.Collections.Generic.List<string?>?\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"note\", \"string?\", new global::Weft.ParameterBinding(\"note\"))",
            "(global::System.Collections.Generic.List<string?>?)__args[0]!, (string?)__args[1]!, (int?)__args[2]!");
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Annotations)]
    [InlineData(NullableContextOptions.Warnings)]
    public void The_same_pipeline_in_other_project_contexts(NullableContextOptions options)
    {
        var generated = Generated(Flow, options);

        SignatureText.Holds(SignatureText.Node(generated, "Use"), "new(\"note\", \"string?\", new global::Weft.ParameterBinding(\"note\"))");
    }

    [Theory]
    [InlineData("#nullable disable\n", "")]
    [InlineData("#nullable disable annotations\n", "")]
    [InlineData("#nullable enable warnings\n#nullable disable annotations\n", "")]
    [InlineData("#nullable disable\n", "#nullable restore\n")]
    [InlineData("#nullable enable\n", "#nullable disable\n")]
    public void Directives_around_the_steps(string before, string after)
    {
        var flow = Flow.Replace("    [Step] static List", before + "    [Step] static List", StringComparison.Ordinal)
            .Replace("    [Step] static Row", after + "    [Step] static Row", StringComparison.Ordinal);
        var generated = Generated(flow, NullableContextOptions.Enable);

        SignatureText.Holds(SignatureText.Node(generated, "Use"), "new(\"note\", \"string?\", ", "(string?)__args[1]!");
        SignatureText.Holds(SignatureText.Node(generated, "Make"), "new(\"label\", \"string\", ");
    }

    [Fact]
    public void A_directive_inside_a_parameter_list_changes_one_parameter()
    {
        var flow = Flow.Replace("[Step] static Row Use(List<string?>? items, string? note, int? count)", """
            [Step] static Row Use(
            #nullable disable
                List<string> items,
            #nullable enable
                string note,
                int? count)
            """, StringComparison.Ordinal).Replace("[Step] static List<string?>? Make", "[Step] static List<string>? Make", StringComparison.Ordinal)
            .Replace("string? note = null", "string note = \"n\"", StringComparison.Ordinal);
        var generated = Generated(flow, NullableContextOptions.Enable);

        SignatureText.Holds(SignatureText.Node(generated, "Use"),
            "new(\"items\", \"System.Collections.Generic.List<string>\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))",
            "new(\"note\", \"string\", new global::Weft.ParameterBinding(\"note\"))",
            "(global::System.Collections.Generic.List<string>)__args[0]!, (string)__args[1]!, (int?)__args[2]!");
    }

    [Theory]
    [InlineData("List<string>", "System.Collections.Generic.List<string>")]
    [InlineData("List<string>[]", "System.Collections.Generic.List<string>[]")]
    [InlineData("string[][]", "string[][]")]
    [InlineData("Nullable<int>[]", "int?[]")]
    [InlineData("List<Nullable<long>>", "System.Collections.Generic.List<long?>")]
    [InlineData("Dictionary<string, int?[]>", "System.Collections.Generic.Dictionary<string, int?[]>")]
    [InlineData("Dictionary<string, List<Row>>", "System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<Demo.App.Row>>")]
    [InlineData("Nullable<Level>", "Demo.App.Level?")]
    [InlineData("Level?[]", "Demo.App.Level?[]")]
    [InlineData("Row", "Demo.App.Row")]
    [InlineData("List<int>", "System.Collections.Generic.List<int>")]
    [InlineData("int[]", "int[]")]
    [InlineData("int[][]", "int[][]")]
    [InlineData("Dictionary<string, Level>", "System.Collections.Generic.Dictionary<string, Demo.App.Level>")]
    public void Types_read_where_annotations_are_off(string type, string display)
    {
        foreach (var (options, before) in new[]
        {
            (NullableContextOptions.Disable, ""),
            (NullableContextOptions.Warnings, ""),
            (NullableContextOptions.Enable, "#nullable disable\n"),
            (NullableContextOptions.Enable, "#nullable disable annotations\n"),
            (NullableContextOptions.Enable, "#nullable enable warnings\n#nullable disable annotations\n"),
        })
        {
            var generated = Generated($$"""
                using System;
                using System.Collections.Generic;
                using Weft;

                namespace Demo.App;

                public sealed record Row(int A);

                public enum Level { Low, High }

                [Pipeline]
                public static partial class Flow
                {
                    static void Define(int size = 1)
                    {
                        var made = Make(size);
                        var used = Use(made, size);
                        var (left, right) = Split(size);
                    }

                {{before}}
                    [Step] static {{type}} Make(int size, string label = null, Level level = Level.High) => default;

                    [Step] static int Use({{type}} value, int size, string note = "n", object extra = null) => size;

                    [Step] static ({{type}} Left, string Right) Split(int size) => default;
                }
                """, options);

            SignatureText.Holds(SignatureText.Node(generated, "Use"), $"new(\"value\", \"{display}\", new global::Weft.ArtifactBinding(\"Make\", \"value\"))");
            SignatureText.Holds(SignatureText.Node(generated, "Split"), $"new(\"Left\", \"{display}\", ", "new(\"Right\", \"string\", ");
        }
    }

    [Theory]
    [InlineData(NullableContextOptions.Disable, "")]
    [InlineData(NullableContextOptions.Warnings, "")]
    [InlineData(NullableContextOptions.Enable, "#nullable disable\n")]
    [InlineData(NullableContextOptions.Enable, "#nullable disable annotations\n")]
    [InlineData(NullableContextOptions.Annotations, "")]
    [InlineData(NullableContextOptions.Enable, "")]
    public void Define_parameters_of_reference_types_where_annotations_may_be_off(NullableContextOptions options, string before)
    {
        var generated = Generated($$"""
            using Weft;

            namespace Demo.App;

            public enum Level { Low, High }

            [Pipeline]
            public static partial class Flow
            {
            {{before}}
                static void Define(string label = "x", string[] tags = null, DataFile file = null, Level level = Level.High, int? n = null, Level[] levels = null)
                {
                    var used = Use(label, tags, n);
                }

                [Step] static int Use(string label, string[] tags, int? n) => 1;
            }
            """, options);

        SignatureText.Holds(SignatureText.RunAsync(generated),
            "RunAsync(string label = \"x\", string[]? tags = null, global::Weft.DataFile? file = null, global::Demo.App.Level level = (global::Demo.App.Level)(1), int? n = null, global::Demo.App.Level[]? levels = null, ");
        SignatureText.Holds(SignatureText.Node(generated, "Use"), "new(\"label\", \"string\", new global::Weft.ParameterBinding(\"label\"))",
            "new(\"tags\", \"string[]\", new global::Weft.ParameterBinding(\"tags\"))");
    }
}

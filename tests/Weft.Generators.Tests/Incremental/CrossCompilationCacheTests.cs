using Microsoft.CodeAnalysis;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace Weft.Generators.Tests.Incremental;

/// <summary>
/// The generator keeps each pipeline's and each step's result across compilations while nothing it was computed from
/// changed. Each edit here changes what pipeline A is computed from only in a file other than A's own; the kept session
/// must then produce exactly what a cold run over the same text produces.
/// </summary>
public sealed class CrossCompilationCacheTests
{
    private static readonly (string Path, string Text)[] s_files =
    [
        ("Base.cs", """
            namespace Demo;

            public record Entity(int Id);
            """),
        ("Types.cs", """
            using System.Collections.Generic;

            namespace Demo;

            public sealed record Table(string Name, List<double> Values);

            public sealed record Row(int Id, string Label) : Entity(Id);

            public enum Mode
            {
                Fast,
                Slow,
            }
            """),
        ("Consts.cs", """
            namespace Demo;

            public static class Defaults
            {
                public const int Rows = 10;
            }
            """),
        ("Steps.cs", """
            using System.Linq;
            using Weft;

            namespace Demo;

            public static class Steps
            {
                [Step] public static Table Load(int rows, Mode mode) => new("t", Enumerable.Range(0, rows).Select(i => (double)i).ToList());

                [Step] public static Row First(Table table) => new(0, table.Name);
            }
            """),
        ("A.cs", """
            using Weft;

            namespace Demo.Inner;

            [Pipeline]
            public static partial class A
            {
                static void Define()
                {
                    var table = Steps.Load(Defaults.Rows, Mode.Slow);
                    var row = Steps.First(table);
                    Count(table);
                }

                [Step] static Table Count(Table table) => table;
            }
            """),
        ("B.cs", """
            using Weft;

            namespace Other;

            [Pipeline]
            public static partial class B
            {
                static void Define(int count = 3) => Twice(count);

                [Step] static int Twice(int count) => count * 2;
            }
            """),
    ];

    public static TheoryData<string> Edits => new(s_edits.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, Action<GeneratorSession>> s_edits = new(StringComparer.Ordinal)
    {
        ["a member added to an artifact record"] = s => s.Replace("Types.cs", "List<double> Values)", "List<double> Values, int Version)"),
        ["a member renamed in a base record in another file"] = s => s.Replace("Base.cs", "(int Id)", "(int Id, string Origin = \"\")"),
        ["a constant argument's value"] = s => s.Replace("Consts.cs", "Rows = 10", "Rows = 12"),
        ["an enum constant's implicit value"] = s => s.Replace("Types.cs", "    Fast,\n", "    Unknown,\n    Fast,\n"),
        ["a step signature in another class"] = s => s.Replace("Steps.cs", "Row First(Table table)", "Row First(Table table, int skip = 1)"),
        ["an output type that can no longer be stored"] = s => s.Replace("Types.cs", "(int Id, string Label)", "(int Id, object Label)"),
        ["an assembly materializer in a new file"] = s => s.Add("Materializer.cs", """
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            [assembly: Materializer(typeof(Demo.Table), typeof(Demo.TableMaterializer))]

            namespace Demo;

            public sealed class TableMaterializer : IMaterializer<Table>
            {
                public ValueTask WriteAsync(Table value, Stream destination, CancellationToken ct) => ValueTask.CompletedTask;

                public ValueTask<Table> ReadAsync(Stream source, CancellationToken ct) => ValueTask.FromResult(new Table("t", new()));
            }
            """),
        ["a type in a new file that shadows one the pipeline names"] = s => s.Add("Shadow.cs", """
            using System.Collections.Generic;

            namespace Demo.Inner;

            public sealed record Table(string Name, List<double> Values, bool Shadowed);
            """),
        ["a second Define in a new part of the pipeline class"] = s => s.Add("APart.cs", """
            namespace Demo.Inner;

            public static partial class A
            {
                static void Define(int extra) { }
            }
            """),
        ["a new constant class the body then names"] = s => s.Add("More.cs", """
            namespace Demo.Inner;

            public static class Defaults
            {
                public const int Rows = 99;
            }
            """),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void AnEditElsewhere_GivesWhatAColdRunGives_AndChangesPipelineA(string edit)
    {
        var session = GeneratorSession.Start(s_files);
        var before = Snapshot(session);

        s_edits[edit](session);

        var after = Snapshot(session);
        Assert.Equal(Snapshot(GeneratorSession.Start(Files(session))), after);
        Assert.NotEqual(before.A, after.A);
        Assert.Equal(before.B, after.B);
        Assert.Contains(PipelineBReason(session), new[] { Cached, Unchanged });
    }

    [Fact]
    public void EditsAndTheirUndo_ComeBackToTheFirstOutput()
    {
        var session = GeneratorSession.Start(s_files);
        var first = Snapshot(session);

        session.Replace("Consts.cs", "Rows = 10", "Rows = 12");
        session.Replace("Types.cs", "List<double> Values)", "List<double> Values, int Version)");
        session.Replace("Consts.cs", "Rows = 12", "Rows = 10");
        session.Replace("Types.cs", "List<double> Values, int Version)", "List<double> Values)");

        Assert.Equal(first, Snapshot(session));
    }

    private static (string A, string B, string Diagnostics) Snapshot(GeneratorSession session)
    {
        var sources = session.Sources;
        return (
            sources.TryGetValue("Demo.Inner.A.Pipeline.g.cs", out var a) ? a : "(none)",
            sources["Other.B.Pipeline.g.cs"],
            string.Join("\n", session.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal)));
    }

    private static (string Path, string Text)[] Files(GeneratorSession session)
        => session.Compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();

    private static IncrementalStepRunReason PipelineBReason(GeneratorSession session)
        => TrackedOutputs.OfSpecSourceOutput(session.Result).Single(o => TrackedOutputs.SpecOf(o)?.FullTypeName == "Other.B").Reason;
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Entrypoint;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>Edits that do not touch an entry point leave the entrypoint's model cached: its output is not produced again.</summary>
public sealed class EntrypointIncrementalTests
{
    private const string Pipeline = """
        using Weft;

        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define() => Fit(3);

            [Step] static int Fit(int trees) => trees * 2;
        }
        """;

    [Fact]
    public void EditingAStepBody_LeavesTheEntrypointModelUnchanged()
    {
        var compilation = EntrypointHarness.Compile(OutputKind.ConsoleApplication, referenceCli: true, ("Training.cs", Pipeline));
        var driver = EntrypointHarness.CreateDriver("true").RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Pipeline.Replace("trees * 2", "trees * 3", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: "Training.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();

        var entrypoint = result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(EntrypointGenerator));
        var model = Assert.Single(entrypoint.TrackedSteps[EntrypointTrackingNames.Model]);
        Assert.All(model.Outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.NotNull(entrypoint.GeneratedSources.SingleOrDefault(s => s.HintName == EntrypointGenerator.HintName).SourceText);
    }

    [Fact]
    public void AddingAMain_ChangesTheModel_AndRemovesTheEntrypoint()
    {
        var compilation = EntrypointHarness.Compile(OutputKind.ConsoleApplication, referenceCli: true, ("Training.cs", Pipeline));
        var driver = EntrypointHarness.CreateDriver("true").RunGenerators(compilation);

        var withMain = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("static class Program { static void Main() { } }", GeneratorHarness.ParseOptions, path: "Program.cs"));
        var result = driver.RunGenerators(withMain).GetRunResult();

        var entrypoint = result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(EntrypointGenerator));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Assert.Single(entrypoint.TrackedSteps[EntrypointTrackingNames.Model]).Outputs).Reason);
        Assert.DoesNotContain(entrypoint.GeneratedSources, s => s.HintName == EntrypointGenerator.HintName);
        Assert.Equal("WEFT0017", Assert.Single(entrypoint.Diagnostics).Id);
    }

    [Fact]
    public void WithoutTheProperty_AnEditLeavesTheProjectFactsUnchanged()
    {
        var compilation = EntrypointHarness.Compile(OutputKind.ConsoleApplication, referenceCli: true, ("Training.cs", Pipeline));
        var driver = EntrypointHarness.CreateDriver(null).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Demo; static class More { }", GeneratorHarness.ParseOptions, path: "More.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();

        var entrypoint = result.Results.Single(r => r.Generator.GetGeneratorType() == typeof(EntrypointGenerator));
        var project = Assert.Single(entrypoint.TrackedSteps[EntrypointTrackingNames.Project]);
        Assert.All(project.Outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Empty(entrypoint.GeneratedSources);
    }
}

using System.Globalization;
using Microsoft.CodeAnalysis;
using Weft.Generators.Model;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>WEFT0017 (the project has an entry point already) and WEFT0018 (no Weft.Cli): where, what they say, and that nothing else breaks.</summary>
public sealed class EntrypointDiagnosticsTests
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

    [Theory]
    [InlineData("static void Main() { }")]
    [InlineData("static int Main(string[] args) => 0;")]
    [InlineData("static System.Threading.Tasks.Task Main() => System.Threading.Tasks.Task.CompletedTask;")]
    [InlineData("public static async System.Threading.Tasks.Task<int> Main(string[] args) { await System.Threading.Tasks.Task.Yield(); return 0; }")]
    public void UserMain_IsWEFT0017AtItsName_AndNoEntrypointIsEmitted(string main)
    {
        var program = "namespace Demo;\n\ninternal static class Program\n{\n    " + main + "\n}\n";
        var run = EntrypointHarness.RunApp(Pipeline, program);

        var diagnostic = Assert.Single(run.Weft);
        Assert.Equal(DiagnosticDescriptors.EntrypointConflictsWithMainId, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Same(DiagnosticCatalog.Find(diagnostic.Id), diagnostic.Descriptor);
        Assert.Equal("Source1.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("Main", program.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(
            "The project sets WeftEntrypoint, but method 'Demo.Program.Main' already is the program's entry point; remove it, or remove " +
            "<WeftEntrypoint>true</WeftEntrypoint> and call Weft.Cli.WeftCommandLine.RunAsync(args) from it",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));

        Assert.Null(run.EntrypointSource);
        Assert.DoesNotContain(run.CompilerErrors, d => d.Id == "CS0017");
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void TopLevelStatements_AreWEFT0017AtTheFirstStatement()
    {
        const string program = """
            using Demo;

            var run = await Training.RunAsync();
            System.Console.WriteLine(run.Status);
            """;
        var run = EntrypointHarness.Run("true", OutputKind.ConsoleApplication, referenceCli: true, ("Training.cs", Pipeline), ("Program.cs", program));

        var diagnostic = Assert.Single(run.Weft);
        Assert.Equal("WEFT0017", diagnostic.Id);
        Assert.Equal("Program.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("var run = await Training.RunAsync();", program.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains("but the top-level statements in 'Program.cs' already is the program's entry point", diagnostic.GetMessage(CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
        Assert.Null(run.EntrypointSource);
        Assert.Empty(run.CompilerErrors);
    }

    [Fact]
    public void SeveralUserEntryPoints_AreEachReported()
    {
        var run = EntrypointHarness.Run("true", OutputKind.ConsoleApplication, referenceCli: true,
            ("Training.cs", Pipeline),
            ("A.cs", "namespace Demo; static class A { static void Main() { } }"),
            ("B.cs", "namespace Demo; static class B { static void Main() { } }"));

        Assert.Equal(["A.cs", "B.cs"], run.Weft.Select(d => d.Location.GetLineSpan().Path).Order(StringComparer.Ordinal));
        Assert.All(run.Weft, d => Assert.Equal("WEFT0017", d.Id));
    }

    [Fact]
    public void MissingWeftCli_IsWEFT0018WithoutLocation_AndNoEntrypointIsEmitted()
    {
        var run = EntrypointHarness.Run("true", OutputKind.ConsoleApplication, referenceCli: false, ("Training.cs", Pipeline));

        var diagnostic = Assert.Single(run.Weft);
        Assert.Equal(DiagnosticDescriptors.EntrypointNeedsCliId, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            "The project sets WeftEntrypoint, but it does not reference Weft.Cli, which the generated Main calls; reference the Weft package " +
            "(it brings Weft.Cli) or the Weft.Cli project",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Null(run.EntrypointSource);
        Assert.DoesNotContain(run.CompilerErrors, d => d.Id == "CS0234");
    }

    [Fact]
    public void MainAndMissingWeftCli_AreBothReported()
    {
        var run = EntrypointHarness.Run("true", OutputKind.ConsoleApplication, referenceCli: false,
            ("Training.cs", Pipeline), ("Program.cs", "namespace Demo; static class Program { static void Main() { } }"));

        Assert.Equal(["WEFT0017", "WEFT0018"], run.Weft.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("namespace Demo; static class Program { static void Main(")]
    [InlineData("namespace Demo; static class Program { static Main() { } }")]
    [InlineData("static void Main() { }")]
    [InlineData("return;")]
    [InlineData("namespace Demo; static partial class Program { static partial void Main(); }")]
    public void BrokenOrOddCode_NeverMakesTheGeneratorThrow(string source)
    {
        // Harness asserts that no generator threw; the user's own compile errors stay theirs.
        var run = EntrypointHarness.RunApp(Pipeline, source);

        Assert.All(run.Weft, d => Assert.Equal("WEFT0017", d.Id));
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Entrypoint;

/// <summary>A project that references Weft.Kubernetes gets a Main that registers it before the command line is built.</summary>
public sealed class EntrypointExtensionTests
{
    private const string Pipeline = """
        using Weft;

        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define(int trees = 3) => Fit(trees);

            [Step] static int Fit(int trees) => trees * 2;
        }
        """;

    [Fact]
    public void ReferencingWeftKubernetes_MainRegistersItFirst()
    {
        var run = RunWith(Kubernetes("public static void Register() { }"));

        Assert.Contains("""
                private static global::System.Threading.Tasks.Task<int> Main(string[] args)
                {
                    global::Weft.Kubernetes.WeftKubernetes.Register();
                    return global::Weft.Cli.WeftCommandLine.RunAsync(args);
                }
            """.ReplaceLineEndings("\n"), run.EntrypointSource, StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        Assert.Equal("WeftEntrypoint.Main(string[])", run.Output.GetEntryPoint(CancellationToken.None)?.ToDisplayString());
    }

    [Theory]
    [InlineData("internal static void Register() { }")]
    [InlineData("public static void Register(string name) { }")]
    [InlineData("public void Register() { }")]
    public void AWeftKubernetesTypeWithoutAPublicStaticRegister_IsNotCalled(string member)
    {
        var run = RunWith(Kubernetes(member, isStatic: !member.StartsWith("public void", StringComparison.Ordinal)));

        Assert.DoesNotContain("Register", run.EntrypointSource, StringComparison.Ordinal);
        Assert.Contains("=> global::Weft.Cli.WeftCommandLine.RunAsync(args);", run.EntrypointSource, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutWeftKubernetes_MainIsTheOneLiner()
    {
        var run = EntrypointHarness.RunApp(Pipeline);

        Assert.DoesNotContain("Weft.Kubernetes", run.EntrypointSource, StringComparison.Ordinal);
    }

    private static EntrypointRun RunWith(MetadataReference kubernetes)
    {
        var compilation = EntrypointHarness.Compile(OutputKind.ConsoleApplication, referenceCli: true, ("Training.cs", Pipeline)).AddReferences(kubernetes);
        var driver = EntrypointHarness.CreateDriver("true").RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new EntrypointRun(driver.GetRunResult(), output, diagnostics);
    }

    private static MetadataReference Kubernetes(string member, bool isStatic = true)
        => CSharpCompilation.Create(
                "Weft.Kubernetes",
                [CSharpSyntaxTree.ParseText($"namespace Weft.Kubernetes; public {(isStatic ? "static " : string.Empty)}class WeftKubernetes {{ {member} }}", GeneratorHarness.ParseOptions)],
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();
}

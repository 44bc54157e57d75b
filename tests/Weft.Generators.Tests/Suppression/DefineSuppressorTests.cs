using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Suppression;

public sealed class DefineSuppressorTests
{
    private const string Source = """
        using Weft;
        namespace Demo;

        [Pipeline]
        public static partial class Training
        {
            static void Define(int n = 1) => Twice(n);

            [Step] static int Twice(int n) => 2 * n;
        }

        public static class NotAPipeline
        {
            static void Define() { }
        }
        """;

    [Fact]
    public async Task UnusedDefine_InPipeline_IsSuppressed_ButNotElsewhere()
    {
        var compilation = GeneratorHarness.Compile(Source);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnusedPrivateMethodAnalyzer(), new DefineSuppressor());
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();

        var pipelineDefine = Assert.Single(diagnostics, d => d.GetMessage().Contains("Training.Define"));
        Assert.True(pipelineDefine.IsSuppressed);
        var otherDefine = Assert.Single(diagnostics, d => d.GetMessage().Contains("NotAPipeline.Define"));
        Assert.False(otherDefine.IsSuppressed);
    }

    [Fact]
    public async Task ConfigureAwaitAdvice_InPipelineDefine_IsSuppressed_ButNotInSteps()
    {
        var compilation = GeneratorHarness.Compile("""
            using System.Threading.Tasks;
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static async Task Define(int n = 1)
                {
                    var twice = await Twice(n);
                }

                [Step] static async Task<int> Twice(int n)
                {
                    await Task.Yield();
                    return 2 * n;
                }
            }
            """);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConfigureAwaitAnalyzer(), new DefineSuppressor());
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();

        var inDefine = Assert.Single(diagnostics, d => d.GetMessage().Contains("Twice(n)"));
        Assert.True(inDefine.IsSuppressed);
        var inStep = Assert.Single(diagnostics, d => d.GetMessage().Contains("Task.Yield()"));
        Assert.False(inStep.IsSuppressed);
    }

    // A test double, never loaded by a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1029, RS1036, RS1041, RS2008
    /// <summary>Stands in for the IDE's IDE0051 (not available outside the IDE packages): flags every private method named Define.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class UnusedPrivateMethodAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_rule = new("IDE0051", "Remove unused private members", "Private member '{0}' is unused",
            "CodeQuality", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(static c =>
            {
                if (c.Symbol is IMethodSymbol { Name: "Define", DeclaredAccessibility: Accessibility.Private } method)
                {
                    c.ReportDiagnostic(Diagnostic.Create(s_rule, method.Locations[0], method.ContainingType.Name + ".Define"));
                }
            }, SymbolKind.Method);
        }
    }

    /// <summary>Stands in for CA2007 (from the .NET analyzers, which the tests do not load): flags every await.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ConfigureAwaitAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_rule = new("CA2007", "Consider calling ConfigureAwait on the awaited task",
            "Consider calling ConfigureAwait on '{0}'", "Reliability", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(static c =>
            {
                var awaited = ((AwaitExpressionSyntax)c.Node).Expression;
                c.ReportDiagnostic(Diagnostic.Create(s_rule, awaited.GetLocation(), awaited.ToString()));
            }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.AwaitExpression);
        }
    }
#pragma warning restore RS1029, RS1036, RS1041, RS2008
}

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

    // A test double, never loaded by a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1036, RS1041, RS2008
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
#pragma warning restore RS1036, RS1041, RS2008
}

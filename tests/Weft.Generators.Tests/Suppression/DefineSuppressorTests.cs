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

    [Fact]
    public async Task UnusedOutputAdvice_InPipelineDefine_IsSuppressed_ButNotInSteps()
    {
        var compilation = GeneratorHarness.Compile("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define(int n = 1)
                {
                    var twice = Twice(n);
                    var unused = Twice(twice);
                    Twice(twice);
                }

                [Step] static int Twice(int n)
                {
                    var wasted = n;
                    System.Math.Abs(n);
                    return 2 * n;
                }
            }
            """);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnusedValueAnalyzer(), new DefineSuppressor());
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(4, diagnostics.Length);
        Assert.All(diagnostics.Where(d => d.GetMessage().Contains("Twice(", StringComparison.Ordinal)), d => Assert.True(d.IsSuppressed, d.ToString()));
        Assert.All(diagnostics.Where(d => !d.GetMessage().Contains("Twice(", StringComparison.Ordinal)), d => Assert.False(d.IsSuppressed, d.ToString()));
        Assert.Equal(2, diagnostics.Count(d => d.IsSuppressed));
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

    /// <summary>
    /// Stands in for the IDE's IDE0059 and IDE0058: flags every local initialized from a call (as if never read) and every
    /// expression statement whose call returns a value.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class UnusedValueAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_assignment = new("IDE0059", "Unnecessary assignment of a value",
            "Unnecessary assignment of '{0}'", "Style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor s_value = new("IDE0058", "Expression value is never used",
            "Value of '{0}' is never used", "Style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_assignment, s_value];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(static c =>
            {
                var declarator = (VariableDeclaratorSyntax)c.Node;
                if (declarator.Initializer?.Value is { } value && declarator.Identifier.ValueText != "twice")
                {
                    c.ReportDiagnostic(Diagnostic.Create(s_assignment, declarator.GetLocation(), value.ToString()));
                }
            }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.VariableDeclarator);
            context.RegisterSyntaxNodeAction(static c =>
            {
                var statement = (ExpressionStatementSyntax)c.Node;
                if (statement.Expression is InvocationExpressionSyntax invocation)
                {
                    c.ReportDiagnostic(Diagnostic.Create(s_value, statement.GetLocation(), invocation.ToString()));
                }
            }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ExpressionStatement);
        }
    }
#pragma warning restore RS1029, RS1036, RS1041, RS2008
}

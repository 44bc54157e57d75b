using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Helpers;
using Weft.Generators.Model;

namespace Weft.Generators.Entrypoint;

/// <summary>
/// The container entrypoint (DESIGN §2): when an executable project sets <c>&lt;WeftEntrypoint&gt;true&lt;/WeftEntrypoint&gt;</c>,
/// emits a <c>Main</c> that serves the Weft command line. A project that already has an entry point, or lacks Weft.Cli,
/// gets a diagnostic that says so instead of CS0017 or CS0234 in generated code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EntrypointGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property that turns the entrypoint on; it reaches the compiler through <c>CompilerVisibleProperty</c> (build/Weft.props).</summary>
    public const string PropertyName = "WeftEntrypoint";

    /// <summary>The hint name of the generated file.</summary>
    public const string HintName = "WeftEntrypoint.g.cs";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => EntrypointFacts.IsEnabled(options.GlobalOptions))
            .WithTrackingName(EntrypointTrackingNames.Enabled);

        // Only a project that asks for the entrypoint looks at its compilation; the equatable facts stop each edit here.
        var project = enabled
            .Combine(context.CompilationProvider)
            .Select(static (input, _) => input.Left ? EntrypointFacts.Project(input.Right) : ProjectFacts.None)
            .WithTrackingName(EntrypointTrackingNames.Project);

        var mains = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is MethodDeclarationSyntax { Identifier.ValueText: "Main" },
                static (ctx, ct) => Safely(() => EntrypointFacts.MainMethod(ctx, ct)))
            .Where(static info => info is not null)
            .Collect()
            .WithTrackingName(EntrypointTrackingNames.Mains);

        var topLevelStatements = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is CompilationUnitSyntax unit && EntrypointFacts.HasGlobalStatements(unit),
                static (ctx, _) => Safely(() => EntrypointFacts.TopLevelStatements((CompilationUnitSyntax)ctx.Node)))
            .Where(static info => info is not null)
            .Collect()
            .WithTrackingName(EntrypointTrackingNames.TopLevelStatements);

        var model = enabled
            .Combine(project)
            .Combine(mains.Combine(topLevelStatements))
            .Select(static (input, _) => EntrypointModel.Create(input.Left.Left, input.Left.Right, Concat(input.Right.Left, input.Right.Right)))
            .WithTrackingName(EntrypointTrackingNames.Model);

        context.RegisterSourceOutput(model, static (spc, entrypoint) =>
        {
            foreach (var diagnostic in entrypoint.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (entrypoint.Emit)
            {
                spc.AddSource(HintName, SourceText.From(EntrypointEmitter.Emit(entrypoint.Extensions), System.Text.Encoding.UTF8));
            }
        });
    }

    // An unexpected failure on odd syntax must not stop the build; the worst outcome is a missed conflict, which CS0017 still reports.
    private static DiagnosticInfo? Safely(Func<DiagnosticInfo?> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static EquatableArray<DiagnosticInfo> Concat(ImmutableArray<DiagnosticInfo?> first, ImmutableArray<DiagnosticInfo?> second)
    {
        var builder = ImmutableArray.CreateBuilder<DiagnosticInfo>(first.Length + second.Length);
        foreach (var item in first)
        {
            builder.Add(item!);
        }

        foreach (var item in second)
        {
            builder.Add(item!);
        }

        return new EquatableArray<DiagnosticInfo>(builder.ToImmutable());
    }
}

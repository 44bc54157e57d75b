using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Emitting;
using Weft.Generators.Model;
using Weft.Generators.Parsing;

namespace Weft.Generators;

/// <summary>
/// Lowers every <c>[Pipeline] static partial class</c> into a typed graph: <c>Definition</c>, <c>RunAsync</c>, invokers,
/// serializers and catalog registration. Validates every <c>[Step]</c> method on its own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PipelineGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WeftSymbols.PipelineAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => Guard.Parse(ctx, ct))
            .WithTrackingName(TrackingNames.PipelineResults);

        // Specs and diagnostics part ways here: a moved line changes only the diagnostics, so no code is re-emitted.
        var specs = results
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.PipelineSpecs);
        var pipelineDiagnostics = results
            .Select(static (result, _) => DiagnosticBatch.Of(result.Diagnostics))
            .WithTrackingName(TrackingNames.PipelineDiagnostics);

        var pipelineNames = results
            .Select(static (result, _) => result.Name)
            .Where(static name => name is not null)
            .Collect()
            .WithTrackingName(TrackingNames.PipelineNames);

        // Not ForAttributeWithMetadataName: it binds every [Step] method's attributes, which is most of what reading a
        // thousand steps costs; the validator reads them from syntax where that is certain and binds the rest. Not
        // CreateSyntaxProvider either: its driver code is compiled afresh in every compiler process (~120 methods), while
        // a transform of the compilation shares the code every other node here runs. Both re-ran for every step on each
        // edit anyway, and unchanged steps are answered from the validator's cache.
        var stepDiagnostics = context.CompilationProvider
            .SelectMany(static (compilation, ct) => Guard.ValidateSteps(compilation, ct))
            .WithTrackingName(TrackingNames.StepDiagnostics);

        context.RegisterSourceOutput(specs, static (spc, spec) =>
        {
            if (spec is not null)
            {
                spc.AddSource(spec.HintName, Guard.Emit(spec));
            }
        });
        // Reporting is joined with the compilation only to bind each diagnostic to its syntax tree (so #pragma applies);
        // it re-runs cheaply on every edit while parsing and emitting stay cached. Only the declarations with something to
        // report reach it, in one batch: a thousand clean steps would otherwise each cost the driver an output of their own
        // on every edit.
        context.RegisterSourceOutput(WithProblems(pipelineDiagnostics).Combine(context.CompilationProvider),
            static (spc, pair) => Report(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(WithProblems(stepDiagnostics).Combine(context.CompilationProvider),
            static (spc, pair) => Report(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(pipelineNames.Combine(context.CompilationProvider),
            static (spc, pair) => Report(spc, DuplicateNames.Find(pair.Left!), pair.Right));
    }

    private static IncrementalValueProvider<ImmutableArray<DiagnosticBatch>> WithProblems(IncrementalValuesProvider<DiagnosticBatch> diagnostics)
        => diagnostics.Where(static found => found.Items.Count > 0).Collect();

    private static void Report(SourceProductionContext context, ImmutableArray<DiagnosticBatch> batches, Compilation compilation)
    {
        foreach (var batch in batches)
        {
            Report(context, batch.Items, compilation);
        }
    }

    private static void Report(SourceProductionContext context, Helpers.EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(compilation));
        }
    }
}

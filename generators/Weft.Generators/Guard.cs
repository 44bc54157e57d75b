using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Emitting;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Parsing;

namespace Weft.Generators;

/// <summary>
/// The generator's last line of defence: an unexpected exception on broken input becomes a WEFT0000 diagnostic on
/// the pipeline instead of CS8785, which would hide every other result of the generator.
/// </summary>
internal static class Guard
{
    public static PipelineResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken ct)
    {
        try
        {
            return PipelineParser.Parse(context, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new PipelineResult(null, new[] { Internal(context.TargetNode.GetLocation(), ex) }.ToEquatableArray());
        }
    }

    public static ImmutableArray<DiagnosticBatch> ValidateSteps(Compilation compilation, CancellationToken ct)
    {
        var results = ImmutableArray.CreateBuilder<DiagnosticBatch>();
        foreach (var declaration in StepValidator.Candidates(compilation, ct))
        {
            try
            {
                if (StepValidator.Validate(compilation, declaration, ct) is { } diagnostics)
                {
                    results.Add(diagnostics);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(DiagnosticBatch.Of(new[] { Internal(declaration.GetLocation(), ex) }.ToEquatableArray()));
            }
        }

        return results.ToImmutable();
    }

    public static SourceText Emit(PipelineSpec spec)
    {
        try
        {
            return PipelineEmitter.EmitText(spec);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Emission sees only validated models; should it still fail, say so in the output rather than crash the build.
            return SourceText.From("#error Weft generator failed to emit pipeline '" + spec.PipelineName + "': " + ex.GetType().Name + ": " +
                   ex.Message.Replace('\n', ' ').Replace('\r', ' ') + "\n", System.Text.Encoding.UTF8);
        }
    }

    private static DiagnosticInfo Internal(Location location, Exception ex)
        => DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, location, ex.GetType().Name + ": " + ex.Message.Replace('\n', ' ').Replace('\r', ' '));
}

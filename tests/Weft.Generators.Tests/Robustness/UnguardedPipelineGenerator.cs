using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Emitting;
using Weft.Generators.Parsing;

namespace Weft.Generators.Tests.Robustness;

/// <summary>
/// The pipeline generator's stages without its <c>Guard</c>: run over an input that made the real generator report
/// WEFT0000, it lets the exception escape so the driver records it with its stack trace.
/// </summary>
internal sealed class UnguardedPipelineGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.SyntaxProvider.ForAttributeWithMetadataName(
                WeftSymbols.PipelineAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => PipelineParser.Parse(ctx, ct).Spec);
        var steps = context.CompilationProvider.Select(static (compilation, ct) =>
            StepValidator.Candidates(compilation, ct).Sum(declaration => StepValidator.Validate(compilation, declaration, ct)?.Items.Count ?? 0));
        context.RegisterSourceOutput(specs, static (spc, spec) =>
        {
            if (spec is not null)
            {
                spc.AddSource(spec.HintName, PipelineEmitter.Emit(spec));
            }
        });
        context.RegisterSourceOutput(steps, static (_, _) => { });
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

/// <summary>
/// Checks each <c>[Step]</c> method once, at its declaration (signature, options, storable outputs), whether or not a
/// pipeline uses it yet, so that two pipelines sharing a broken step do not report it twice.
/// </summary>
internal static class StepValidator
{
    public static EquatableArray<DiagnosticInfo> Validate(GeneratorAttributeSyntaxContext context, CancellationToken ct)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var symbols = WeftSymbols.Create(context.SemanticModel.Compilation);
        var step = StepReader.Read(method, context.Attributes[0], symbols);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (descriptor, location, argument) in step.Problems)
        {
            diagnostics.Add(DiagnosticInfo.Create(descriptor, location, step.Name, argument));
        }

        // A step whose signature is already wrong (a generic one, say) gets that one diagnostic, not a second one about
        // an output type that only the signature makes unresolvable.
        if (step.Problems.Exists(p => p.Descriptor.Id == DiagnosticDescriptors.UnsupportedStepSignatureId))
        {
            return diagnostics.ToEquatableArray();
        }

        foreach (var (name, _, type) in step.Outputs)
        {
            ct.ThrowIfCancellationRequested();
            if (!ArtifactTypeParser.TryParse(type, context.SemanticModel.Compilation, out _, out var error))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonSerializableArtifact, StepReader.ReturnTypeLocation(method),
                    step.Name, name, TypeNames.Display(type), error ?? "it has no serializer"));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}

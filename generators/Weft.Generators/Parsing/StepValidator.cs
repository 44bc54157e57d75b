using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Weft.Generators.Caching;
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
    private static readonly ResultCache<DiagnosticBatch> s_cache = new();

    public static DiagnosticBatch Validate(GeneratorAttributeSyntaxContext context, CancellationToken ct)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
        {
            return DiagnosticBatch.None;
        }

        var compilation = context.SemanticModel.Compilation;
        var view = CompilationView.For(compilation);
        if (s_cache.TryGet(context.TargetNode, view, ct, out var cached))
        {
            return cached;
        }

        var dependencies = new Dependencies();
        dependencies.AddSymbol(method);
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            dependencies.AddSymbol(type);
        }

        using var names = TypeNames.Memoize();
        var diagnostics = DiagnosticBatch.Of(Validate(method, context.Attributes[0], compilation, dependencies, ct));
        s_cache.Store(context.TargetNode, view, dependencies, diagnostics);
        return diagnostics;
    }

    private static EquatableArray<DiagnosticInfo> Validate(IMethodSymbol method, AttributeData attribute, Compilation compilation,
        Dependencies dependencies, CancellationToken ct)
    {
        var symbols = WeftSymbols.Create(compilation);
        var step = StepReader.Read(method, attribute, symbols);
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
            if (!ArtifactTypeParser.TryParse(type, compilation, dependencies, out _, out var error))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonSerializableArtifact, StepReader.ReturnTypeLocation(method),
                    step.Name, name, TypeNames.Display(type), error ?? "it has no serializer"));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    /// <summary>Every method of the compilation with attributes: what may be a step.</summary>
    public static IEnumerable<MethodDeclarationSyntax> Candidates(Compilation compilation, CancellationToken ct)
    {
        var found = new List<MethodDeclarationSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            ct.ThrowIfCancellationRequested();
            Collect(tree.GetRoot(ct), found);
        }

        return found;
    }

    /// <summary>Methods with attributes, where C# declares methods: members of types (and, in broken code, of namespaces).</summary>
    private static void Collect(SyntaxNode node, List<MethodDeclarationSyntax> found)
    {
        var members = node switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            TypeDeclarationSyntax type => type.Members,
            _ => default,
        };
        foreach (var member in members)
        {
            if (member is MethodDeclarationSyntax { AttributeLists.Count: > 0 } method)
            {
                found.Add(method);
            }
            else if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            {
                Collect(member, found);
            }
        }
    }

    /// <summary>The diagnostics of <paramref name="declaration"/>, or null when it is no <c>[Step]</c> method.</summary>
    public static DiagnosticBatch? Validate(Compilation compilation, MethodDeclarationSyntax declaration, CancellationToken ct)
    {
        var symbols = WeftSymbols.Create(compilation);
        if (!StepAttributeSyntax.MayNameStep(declaration, symbols.AttributeNames))
        {
            if (StepAttributeMode.CrossCheck && symbols.AttributeNames.SemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration, ct) is IMethodSymbol unnamed
                && FirstStepAttribute(declaration, unnamed) is not null)
            {
                throw new System.InvalidOperationException($"'{unnamed.Name}' has [Step] under a name the syntax check does not know");
            }

            return null;
        }

        // A step a pipeline calls was read already, from the same syntax-certain options the validator would use.
        var step = symbols.AttributeNames.KnownStep(declaration);
        StepOptions? options = null;
        AttributeData? attribute = null;
        IMethodSymbol method;
        if (step is not null)
        {
            method = step.Method;
        }
        else
        {
            if (symbols.AttributeNames.SemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration, ct) is not IMethodSymbol declared)
            {
                return null;
            }

            method = declared;
            options = StepAttributeSyntax.Read(method, symbols);
            attribute = options is null ? FirstStepAttribute(declaration, method) : null;
            if (options is { IsStep: false } || (options is null && attribute is null))
            {
                return null;
            }
        }

        var view = CompilationView.For(compilation);
        if (s_cache.TryGet(declaration, view, ct, out var cached))
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
        step ??= options is not null ? StepReader.Read(method, options, symbols) : StepReader.Read(method, attribute!, symbols);
        var diagnostics = DiagnosticBatch.Of(Validate(step, compilation, dependencies, ct));
        s_cache.Store(declaration, view, dependencies, diagnostics);
        return diagnostics;
    }

    /// <summary>
    /// The <c>[Step]</c> that <c>ForAttributeWithMetadataName</c> would hand over for <paramref name="declaration"/>: the
    /// first one applied in its own syntax tree, return-value attributes included, matched by full name.
    /// </summary>
    private static AttributeData? FirstStepAttribute(MethodDeclarationSyntax declaration, IMethodSymbol method)
        => FirstStepAttribute(declaration.SyntaxTree, method.GetAttributes()) ?? FirstStepAttribute(declaration.SyntaxTree, method.GetReturnTypeAttributes());

    private static AttributeData? FirstStepAttribute(SyntaxTree tree, ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ApplicationSyntaxReference?.SyntaxTree == tree && attribute.AttributeClass?.ToDisplayString() == WeftSymbols.StepAttributeName)
            {
                return attribute;
            }
        }

        return null;
    }

    private static EquatableArray<DiagnosticInfo> Validate(StepInfo step, Compilation compilation, Dependencies dependencies, CancellationToken ct)
    {
        var method = step.Method;
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

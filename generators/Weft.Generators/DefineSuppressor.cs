using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Generators;

/// <summary>
/// Suppresses "unused private member" on a pipeline's <c>Define</c>: the generator reads it instead of calling it,
/// so user code never does either. For the same reason its awaits capture no context, and <c>ConfigureAwait</c> is not
/// part of the grammar: "consider calling ConfigureAwait" (CA2007, on with <c>AnalysisLevel</c> latest-all) is suppressed there.
/// A statement there declares a node rather than computing a value, so an output nothing reads is no waste either: with
/// IDE0059 and IDE0058 on, <c>var unused = Step(...)</c> and <c>Step(...);</c> would both be flagged, and the discard they
/// suggest is not in the grammar.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor s_unusedMember = new("WEFTSPR0001", "IDE0051",
        "A pipeline's Define method is read by the Weft generator, not called");

    private static readonly SuppressionDescriptor s_configureAwait = new("WEFTSPR0002", "CA2007",
        "A pipeline's Define method is read by the Weft generator, never run, so its awaits capture no context");

    private static readonly SuppressionDescriptor s_unusedAssignment = new("WEFTSPR0003", "IDE0059",
        "A local in a pipeline's Define names a step's output; an output no later step reads is still a result of the run");

    private static readonly SuppressionDescriptor s_unusedValue = new("WEFTSPR0004", "IDE0058",
        "A step call in a pipeline's Define is a node of the graph; its outputs are kept by the run");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(s_unusedMember, s_configureAwait, s_unusedAssignment, s_unusedValue);

    private SuppressionDescriptor DescriptorFor(string id)
    {
        foreach (var descriptor in SupportedSuppressions)
        {
            if (descriptor.SuppressedDiagnosticId == id)
            {
                return descriptor;
            }
        }

        return s_unusedMember;
    }

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan);
            var method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is not { Identifier.ValueText: "Define" } || method.Parent is not ClassDeclarationSyntax)
            {
                continue;
            }

            var model = context.GetSemanticModel(tree);
            if (model.GetDeclaredSymbol(method, context.CancellationToken) is IMethodSymbol symbol
                && symbol.ContainingType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == Parsing.WeftSymbols.PipelineAttributeName))
            {
                context.ReportSuppression(Suppression.Create(DescriptorFor(diagnostic.Id), diagnostic));
            }
        }
    }
}

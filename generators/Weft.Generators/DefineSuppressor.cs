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
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor s_unusedMember = new("WEFTSPR0001", "IDE0051",
        "A pipeline's Define method is read by the Weft generator, not called");

    private static readonly SuppressionDescriptor s_configureAwait = new("WEFTSPR0002", "CA2007",
        "A pipeline's Define method is read by the Weft generator, never run, so its awaits capture no context");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(s_unusedMember, s_configureAwait);

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
                context.ReportSuppression(Suppression.Create(diagnostic.Id == s_configureAwait.SuppressedDiagnosticId ? s_configureAwait : s_unusedMember, diagnostic));
            }
        }
    }
}

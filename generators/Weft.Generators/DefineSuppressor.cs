using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Weft.Generators;

/// <summary>
/// Suppresses "unused private member" on a pipeline's <c>Define</c>: the generator reads it instead of calling it,
/// so user code never does either.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefineSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor s_unusedMember = new("WEFTSPR0001", "IDE0051",
        "A pipeline's Define method is read by the Weft generator, not called");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(s_unusedMember);

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
                context.ReportSuppression(Suppression.Create(s_unusedMember, diagnostic));
            }
        }
    }
}

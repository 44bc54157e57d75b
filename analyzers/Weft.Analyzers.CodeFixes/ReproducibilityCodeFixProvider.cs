using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Weft.Analyzers.CodeFixes;

/// <summary>
/// Rewrites a nondeterministic read inside a step into its <c>Step</c> counterpart: the wall clock into <c>Step.Now</c>,
/// unseeded randomness into <c>Step.Random</c> or <c>new MLContext(seed: Step.Seed)</c>, <c>Guid.NewGuid()</c> into
/// <c>Step.NewGuid()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReproducibilityCodeFixProvider)), Shared]
public sealed class ReproducibilityCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.WallClockId,
        DiagnosticDescriptors.UnseededRandomnessId,
        DiagnosticDescriptors.NewGuidId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // A diagnostic at a step's call into a helper has no culprit here: the helper is the place to change.
            if (!diagnostic.Properties.TryGetValue(ReproducibilityAnalyzer.CulpritProperty, out var culprit) || culprit is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var target = node.FirstAncestorOrSelf<ExpressionSyntax>(e => e.Span == diagnostic.Location.SourceSpan);
            if (target is null)
            {
                continue;
            }

            var replacement = StepReplacements.For(culprit, target);
            if (replacement is null)
            {
                continue;
            }

            var title = "Use " + replacement.Value.Title;
            // One equivalence key for every rewrite, so that Fix All applies them all in one pass.
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ReplaceAsync(context.Document, target, replacement.Value.Expression, token), equivalenceKey: EquivalenceKey),
                diagnostic);
        }
    }

    private const string EquivalenceKey = "Weft.UseStepMembers";

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax target, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var scope = StepScope(model, target.SpanStart);
        if (scope == Scope.Hidden)
        {
            // Another `Step` (a project type, a method) wins over Weft's here, and a using cannot change that: qualify it.
            replacement = replacement.ReplaceNodes(
                replacement.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(IsStepReference),
                (_, _) => SyntaxFactory.ParseExpression("global::Weft.Step").WithAdditionalAnnotations(Simplifier.Annotation));
        }

        var newUnit = unit.ReplaceNode(target, replacement.WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation));
        if (scope == Scope.Missing)
        {
            newUnit = newUnit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("Weft")).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return document.WithSyntaxRoot(newUnit);
    }

    private enum Scope
    {
        InScope,
        Missing,
        Hidden,
    }

    // `Step.Seed` is bound as the rewritten code will be, so a using in the file, a global using or the enclosing namespace
    // all count, and so does anything else named Step that member lookup finds first.
    private static Scope StepScope(SemanticModel model, int position)
    {
        var member = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression("Step.Seed"), SpeculativeBindingOption.BindAsExpression).Symbol;
        if (member is IPropertySymbol { ContainingType: { Name: "Step", ContainingNamespace: { Name: "Weft", ContainingNamespace.IsGlobalNamespace: true } } })
        {
            return Scope.InScope;
        }

        var other = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName("Step"), SpeculativeBindingOption.BindAsExpression);
        return other.Symbol is null && other.CandidateSymbols.IsEmpty ? Scope.Missing : Scope.Hidden;
    }

    private static bool IsStepReference(IdentifierNameSyntax name) =>
        name.Identifier.ValueText == "Step" && name.Parent is MemberAccessExpressionSyntax access && access.Expression == name;
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Analyzers.CodeFixes;

/// <summary>
/// Makes an unordered parallel query keep its source's order: <c>xs.AsParallel()</c> becomes
/// <c>xs.AsParallel().AsOrdered()</c> (WEFT1009). PLINQ then yields results in source order, whatever the schedule.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsOrderedCodeFixProvider)), Shared]
public sealed class AsOrderedCodeFixProvider : CodeFixProvider
{
    private const string Title = "Use AsOrdered()";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.OrderDependentConcurrencyId);

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
            // Only a query source reported in the step itself carries a culprit ending in " without AsOrdered()".
            if (!diagnostic.Properties.TryGetValue(ReproducibilityAnalyzer.CulpritProperty, out var culprit)
                || culprit is null || !culprit.EndsWith(ConcurrencyCatalog.WithoutAsOrdered))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>(i => i.Span == diagnostic.Location.SourceSpan) is not { } source)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => AppendAsOrderedAsync(context.Document, source, token), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AppendAsOrderedAsync(Document document, InvocationExpressionSyntax source, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var ordered = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, source.WithoutTrivia(), SyntaxFactory.IdentifierName("AsOrdered")))
            .WithTriviaFrom(source);
        return document.WithSyntaxRoot(root.ReplaceNode(source, ordered));
    }
}

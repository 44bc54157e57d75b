using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Analyzers.CodeFixes;

/// <summary>
/// The <c>Step</c> expression that replaces each fixable culprit, chosen to keep the expression's type. The fix adds
/// <c>using Weft;</c> where <c>Step</c> is not in scope.
/// </summary>
internal static class StepReplacements
{
    public static (ExpressionSyntax Expression, string Title)? For(string culprit, ExpressionSyntax target) => culprit switch
    {
        // Step.Now is a DateTimeOffset: DateTime reads take its UTC DateTime, so the result no longer depends on the time zone.
        "DateTime.Now" or "DateTime.UtcNow" => (Parse("Step.Now.UtcDateTime"), "Step.Now.UtcDateTime"),
        "DateTime.Today" => (Parse("Step.Now.UtcDateTime.Date"), "Step.Now.UtcDateTime.Date"),
        "DateTimeOffset.Now" or "DateTimeOffset.UtcNow" or "TimeProvider.System.GetUtcNow()" or "TimeProvider.System.GetLocalNow()" => (Parse("Step.Now"), "Step.Now"),
        "new Random()" or "Random.Shared" => (Parse("Step.Random"), "Step.Random"),
        "Guid.NewGuid()" or "Guid.CreateVersion7()" => (Parse("Step.NewGuid()"), "Step.NewGuid()"),
        "new MLContext() without a seed" => SeededMLContext(target),
        // Environment.TickCount measures durations in milliseconds since boot; Step.Now has no such counterpart. A cryptographic
        // random call has no seeded twin with the same meaning.
        _ => null,
    };

    private static (ExpressionSyntax Expression, string Title)? SeededMLContext(ExpressionSyntax target)
    {
        const string Title = "new MLContext(seed: Step.Seed)";
        var seeded = SyntaxFactory.ParseArgumentList("(seed: Step.Seed)");
        if (target is ObjectCreationExpressionSyntax creation)
        {
            return (creation.WithArgumentList(seeded), Title);
        }

        if (target is ImplicitObjectCreationExpressionSyntax implicitCreation)
        {
            return (implicitCreation.WithArgumentList(seeded), Title);
        }

        return null;
    }

    private static ExpressionSyntax Parse(string expression) => SyntaxFactory.ParseExpression(expression);
}

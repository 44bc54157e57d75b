using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Decides whether a sequence whose order is unspecified (an unordered parallel query, a <c>ConcurrentBag</c>) reaches
/// something that observes that order. The sequence is followed through a fluent chain of LINQ operators that keep each
/// element's value; the chain is harmless when it ends in an operator whose result does not depend on the order.
/// </summary>
internal static class OrderSensitivity
{
    public enum Verdict
    {
        /// <summary>The order reaches a materialization, an enumeration or an order-sensitive operator.</summary>
        Sensitive,

        /// <summary>The chain ends in an operator whose result is the same in every order, or orders it first.</summary>
        Insensitive,

        /// <summary>The chain meets <c>AsOrdered()</c> before anything observes the order.</summary>
        Ordered,

        /// <summary>The chain ends in an operator that is reported on its own (<c>ForAll</c>, a floating-point sum).</summary>
        ReportedElsewhere,
    }

    /// <summary>Follows the chain that starts at <paramref name="source"/>, an operation that yields the sequence.</summary>
    public static Verdict Follow(IOperation source)
    {
        var current = source;
        while (true)
        {
            var parent = SkipConversions(current);
            if (parent is not IArgumentOperation { Parent: IInvocationOperation next } argument
                || !IsSourceArgument(argument, next))
            {
                return Verdict.Sensitive;
            }

            var verdict = Classify(next);
            if (verdict is not null)
            {
                return verdict.Value;
            }

            current = next;
        }
    }

    /// <summary>What an operator applied to an unordered sequence does with its order; null when it passes the order on.</summary>
    public static Verdict? Classify(IInvocationOperation operatorCall)
    {
        var method = operatorCall.TargetMethod;
        switch (method.Name)
        {
            case "AsOrdered":
                return Verdict.Ordered;
            case "Where" or "Select" or "SelectMany" or "Cast" or "OfType"
                or "WithDegreeOfParallelism" or "WithCancellation" or "WithMergeOptions" or "WithExecutionMode":
                return null;
            case "Count" or "LongCount" or "Any" or "All" or "Contains" or "Min" or "Max"
                or "OrderBy" or "OrderByDescending" or "Order" or "OrderDescending":
                return Verdict.Insensitive;
            case "Sum" or "Average":
                return IsExact(SummedType(method)) ? Verdict.Insensitive : FloatingVerdict(method);
            case "ForAll" or "Aggregate":
                return IsParallel(method) ? Verdict.ReportedElsewhere : Verdict.Sensitive;
            default:
                return Verdict.Sensitive;
        }
    }

    /// <summary>True when <paramref name="method"/> is a sum or average whose floating-point result depends on the order it adds in.</summary>
    public static bool IsFloatingAggregate(IMethodSymbol method) =>
        method.Name is "Sum" or "Average" && !IsExact(SummedType(method));

    public static bool IsParallel(IMethodSymbol method) =>
        method.ContainingType is { Name: "ParallelEnumerable", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    // Operators of System.Linq are extension methods: the sequence is their first parameter.
    public static bool IsSourceArgument(IArgumentOperation argument, IInvocationOperation invocation) =>
        invocation.TargetMethod.IsExtensionMethod
        && argument.Parameter is { Ordinal: 0 }
        && invocation.TargetMethod.ContainingNamespace is { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    public static IOperation? SkipConversions(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    private static Verdict FloatingVerdict(IMethodSymbol method) =>
        IsParallel(method) ? Verdict.ReportedElsewhere : Verdict.Sensitive;

    // Sum(IEnumerable<int>) adds its elements; Sum(source, Func<T, int>) adds what the selector returns.
    private static ITypeSymbol? SummedType(IMethodSymbol method)
    {
        var parameters = method.Parameters;
        if (parameters.IsEmpty)
        {
            return null;
        }

        var carrier = parameters.Length >= 2 ? parameters[1].Type : parameters[0].Type;
        return carrier is INamedTypeSymbol { TypeArguments.Length: > 0 } named ? named.TypeArguments[named.TypeArguments.Length - 1] : null;
    }

    // Integer sums do not depend on the order they add in (an overflow throws in any order); an average of integers is
    // their exact sum divided once.
    private static bool IsExact(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
        return underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;
    }
}

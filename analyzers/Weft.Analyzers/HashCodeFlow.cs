using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Follows a hash code from where it is computed to where it goes, within one method. It leaves the method (and may end up
/// in an output) when it, or a value computed from it, is returned, stored in a field, property or array element, passed
/// to a constructor, added to a collection, written or logged as a metric. Arithmetic, conversions, formatting and locals
/// pass it on; comparisons, dictionary lookups and everything else end the trail.
/// </summary>
internal static class HashCodeFlow
{
    // Methods that keep their argument beyond the call: collection inserts, writers, serializers, Weft's metadata.
    private static readonly HashSet<string> StoringMethods = new(System.StringComparer.Ordinal)
    {
        "Add", "AddRange", "Insert", "Enqueue", "Push", "TryAdd", "AddOrUpdate", "GetOrAdd", "Append", "AppendLine",
        "Prepend", "Write", "WriteLine", "WriteAsync", "WriteLineAsync", "Serialize", "SerializeAsync", "LogMetric", "LogMetadata",
    };

    private const int MaxLocalHops = 8;

    public static bool LeavesTheMethod(IOperation value)
    {
        var visited = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        return Leaves(value, visited, 0);
    }

    private static bool Leaves(IOperation value, HashSet<ILocalSymbol> visited, int hops)
    {
        var current = value;
        while (true)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case null:
                    return false;
                case IConversionOperation or IParenthesizedOperation or IBinaryOperation { OperatorKind: not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual) }
                    or IUnaryOperation or IConditionalOperation or ICoalesceOperation or IInterpolationOperation
                    or IInterpolatedStringOperation or ITupleOperation or IArrayInitializerOperation or IArrayCreationOperation
                    or ICollectionExpressionOperation or ISpreadOperation or IAnonymousObjectCreationOperation:
                    current = parent;
                    continue;
                case IReturnOperation:
                case IObjectCreationOperation:
                case IPropertyInitializerOperation or IFieldInitializerOperation or IMemberInitializerOperation:
                    return true;
                case IAssignmentOperation assignment when assignment.Value == current:
                    return assignment.Target switch
                    {
                        ILocalReferenceOperation local => LocalLeaves(local.Local, assignment, visited, hops),
                        IDiscardOperation => false,
                        // A field, a property, an array element, an out/ref parameter: all outlive the statement.
                        _ => true,
                    };
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return LocalLeaves(declarator.Symbol, declarator, visited, hops);
                case IArgumentOperation argument:
                    if (argument.Parent is IObjectCreationOperation)
                    {
                        return true;
                    }

                    if (argument.Parent is IInvocationOperation call)
                    {
                        if (StoringMethods.Contains(call.TargetMethod.Name))
                        {
                            return true;
                        }

                        // Math.Abs(h), string.Concat(..., h, ...), string.Format(...) compute a new value from it.
                        if (call.TargetMethod.ContainingType is { SpecialType: SpecialType.System_String } || call.TargetMethod.ContainingType?.Name == "Math")
                        {
                            current = call;
                            continue;
                        }
                    }

                    return false;
                case IInvocationOperation { TargetMethod.Name: "ToString" } toString when toString.Instance == current:
                    current = toString;
                    continue;
                default:
                    return false;
            }
        }
    }

    // A local holding the hash leaves the method when any later read of it does.
    private static bool LocalLeaves(ILocalSymbol local, IOperation assignment, HashSet<ILocalSymbol> visited, int hops)
    {
        if (hops >= MaxLocalHops || !visited.Add(local))
        {
            return false;
        }

        var body = assignment;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var operation in body.Descendants())
        {
            if (operation is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && !IsWriteTarget(reference)
                && Leaves(reference, visited, hops + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWriteTarget(ILocalReferenceOperation reference) =>
        reference.Parent is IAssignmentOperation assignment && assignment.Target == reference && assignment is not ICompoundAssignmentOperation;
}

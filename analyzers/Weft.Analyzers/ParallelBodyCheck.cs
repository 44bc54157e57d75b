using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Decides whether the body of a <c>Parallel.For</c>/<c>ForEach</c>/<c>ForEachAsync</c> gives the same result in every
/// schedule. It does when the body is a lambda that writes only to variables it declares and to <c>array[i]</c> of an array
/// indexed by the loop's own index, reads such an array only at <c>[i]</c>, and calls no method that may change an object
/// from outside the lambda. Everything else is order-dependent (docs/diagnostics/WEFT1009.md states the rule for users).
/// </summary>
internal static class ParallelBodyCheck
{
    public static bool WritesOnlyItsOwnIndex(IInvocationOperation parallelCall)
    {
        IAnonymousFunctionOperation? body = null;
        foreach (var argument in parallelCall.Arguments)
        {
            var name = argument.Parameter?.Name;
            // The thread-local overloads merge each thread's state in the order the threads finish.
            if (name is "localInit" or "localFinally")
            {
                return false;
            }

            if (name == "body")
            {
                body = Lambda(argument.Value);
            }
        }

        if (body is null)
        {
            // A method group or a delegate variable: the body is out of sight.
            return false;
        }

        var index = OwnIndex(parallelCall.TargetMethod.Name, body.Symbol);
        var lambdaSpan = body.Syntax.Span;
        var ownArrays = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in body.Body.Descendants())
        {
            if (WriteTarget(operation) is { } target && !IsOwnWrite(target, index, lambdaSpan, ownArrays))
            {
                return false;
            }

            if (operation is IInvocationOperation invocation && !IsHarmlessCall(invocation, lambdaSpan))
            {
                return false;
            }
        }

        if (ownArrays.Count == 0)
        {
            return true;
        }

        // An array the loop writes by index must not be read at another index (or passed on whole) inside the loop.
        foreach (var operation in body.Body.Descendants())
        {
            if (ArraySymbol(operation) is { } array && ownArrays.Contains(array)
                && !(operation.Parent is IArrayElementReferenceOperation element && element.ArrayReference == operation && IsIndex(element, index)))
            {
                return false;
            }
        }

        return true;
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ? lambda : null;
    }

    // Parallel.For(from, to, i => ...) and ForEach(source, (item, state, index) => ...) hand each call its own index.
    private static IParameterSymbol? OwnIndex(string method, IMethodSymbol lambda) => method switch
    {
        "For" when lambda.Parameters.Length >= 1 => lambda.Parameters[0],
        "ForEach" when lambda.Parameters.Length == 3 => lambda.Parameters[2],
        _ => null,
    };

    private static IOperation? WriteTarget(IOperation operation) => operation switch
    {
        IAssignmentOperation assignment => assignment.Target,
        IIncrementOrDecrementOperation step => step.Target,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when !IsDiscardedIntegerInterlocked(argument) => argument.Value,
        _ => null,
    };

    private static bool IsOwnWrite(IOperation target, IParameterSymbol? index, Microsoft.CodeAnalysis.Text.TextSpan lambdaSpan, HashSet<ISymbol> ownArrays)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                return DeclaredInside(local.Local, lambdaSpan);
            case IParameterReferenceOperation parameter:
                return DeclaredInside(parameter.Parameter, lambdaSpan);
            case IDiscardOperation:
                return true;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    if (!IsOwnWrite(element, index, lambdaSpan, ownArrays))
                    {
                        return false;
                    }
                }

                return true;
            case IDeclarationExpressionOperation:
                return true;
            case IArrayElementReferenceOperation element when IsIndex(element, index) && ArraySymbol(element.ArrayReference) is { } array:
                ownArrays.Add(array);
                return true;
            default:
                return false;
        }
    }

    private static bool IsIndex(IArrayElementReferenceOperation element, IParameterSymbol? index)
    {
        if (index is null || element.Indices.Length != 1)
        {
            return false;
        }

        var value = element.Indices[0];
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, index);
    }

    private static ISymbol? ArraySymbol(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    // A call may change the object it is called on; objects held in the lambda's own locals, strings and the members every
    // object has (ToString, Equals, GetHashCode, CompareTo) are safe.
    private static bool IsHarmlessCall(IInvocationOperation invocation, Microsoft.CodeAnalysis.Text.TextSpan lambdaSpan)
    {
        var receiver = invocation.Instance;
        if (receiver is null || invocation.TargetMethod.Name is "ToString" or "Equals" or "GetHashCode" or "CompareTo")
        {
            return true;
        }

        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        if (receiver.Type?.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        // The loop's element may be shared (a source that holds one object twice), so only the lambda's own locals count.
        return receiver is ILocalReferenceOperation local && DeclaredInside(local.Local, lambdaSpan);
    }

    // Interlocked.Increment(ref count) on an integer ends with the same count in every order, unless the body uses the
    // value it returns (a ticket number that depends on who came first).
    private static bool IsDiscardedIntegerInterlocked(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation { TargetMethod: { Name: "Increment" or "Decrement" or "Add", ContainingType.Name: "Interlocked" } } call
        && call.Parent is IExpressionStatementOperation
        && argument.Value.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64;

    private static bool DeclaredInside(ISymbol symbol, Microsoft.CodeAnalysis.Text.TextSpan lambdaSpan)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (lambdaSpan.Contains(reference.Span))
            {
                return true;
            }
        }

        return false;
    }
}

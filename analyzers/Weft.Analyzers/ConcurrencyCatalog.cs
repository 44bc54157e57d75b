using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT1009: operations whose result depends on how threads are scheduled — parallel loops that write outside their own
/// index, unordered PLINQ queries, <c>Task.WhenAny</c> races, and enumerating concurrent collections without an order.
/// </summary>
internal sealed class ConcurrencyCatalog
{
    /// <summary>The culprit suffix the code fix looks for: appending <c>.AsOrdered()</c> to the query's source fixes it.</summary>
    public const string WithoutAsOrdered = " without AsOrdered()";

    private readonly INamedTypeSymbol? _parallel;
    private readonly INamedTypeSymbol? _parallelEnumerable;
    private readonly INamedTypeSymbol? _task;
    private readonly INamedTypeSymbol? _concurrentBag;
    private readonly INamedTypeSymbol? _concurrentDictionary;

    public ConcurrencyCatalog(Compilation compilation)
    {
        _parallel = compilation.GetTypeByMetadataName("System.Threading.Tasks.Parallel");
        _parallelEnumerable = compilation.GetTypeByMetadataName("System.Linq.ParallelEnumerable");
        _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        _concurrentBag = compilation.GetTypeByMetadataName("System.Collections.Concurrent.ConcurrentBag`1");
        _concurrentDictionary = compilation.GetTypeByMetadataName("System.Collections.Concurrent.ConcurrentDictionary`2");
    }

    public Finding? Classify(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => ClassifyInvocation(invocation),
        IObjectCreationOperation creation => UnorderedArgument(creation.Arguments, consumer: null),
        IForEachLoopOperation loop => UnorderedCollection(loop.Collection) is { } name ? Found(loop.Collection, name) : null,
        _ => null,
    };

    private Finding? ClassifyInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (Is(type, _parallel) && method.Name is "For" or "ForEach" or "ForEachAsync")
        {
            return ParallelBodyCheck.WritesOnlyItsOwnIndex(invocation)
                ? null
                : Found(invocation, "Parallel." + method.Name + " whose body writes outside its own index");
        }

        if (Is(type, _parallelEnumerable))
        {
            return ClassifyParallelQuery(invocation, method);
        }

        if (Is(type, _task) && method.Name is "WhenAny" or "WaitAny")
        {
            return Found(invocation, "Task." + method.Name + "()");
        }

        // ConcurrentBag.ToArray(), ConcurrentDictionary.GetEnumerator() and friends list the elements in no set order.
        if (invocation.Instance is { } receiver && method.Name is "ToArray" or "GetEnumerator" or "CopyTo"
            && UnorderedCollection(receiver) is { } collection)
        {
            return Found(receiver, collection);
        }

        return UnorderedArgument(invocation.Arguments, invocation);
    }

    private Finding? ClassifyParallelQuery(IInvocationOperation invocation, IMethodSymbol method)
    {
        switch (method.Name)
        {
            case "AsParallel" or "Range" or "Repeat":
                var source = method.Name == "AsParallel" ? "AsParallel()" : "ParallelEnumerable." + method.Name + "()";
                return OrderSensitivity.Follow(invocation) == OrderSensitivity.Verdict.Sensitive
                    ? Found(invocation, source + WithoutAsOrdered)
                    : null;
            case "ForAll":
                return Found(invocation, "ParallelEnumerable.ForAll()");
            case "Aggregate":
                return Found(invocation, "a parallel Aggregate()");
            case "Sum" or "Average" when OrderSensitivity.IsFloatingAggregate(method):
                return Found(invocation, "a parallel floating-point " + method.Name + "()");
            default:
                return null;
        }
    }

    // A ConcurrentBag or ConcurrentDictionary handed to something that enumerates it (string.Join, new List<T>(bag),
    // bag.Select(...)) passes on an unspecified order, unless the receiver is a LINQ operator that does not depend on it.
    private Finding? UnorderedArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IInvocationOperation? consumer)
    {
        foreach (var argument in arguments)
        {
            var value = argument.Value;
            if (value is not IConversionOperation { IsImplicit: true } conversion)
            {
                // Passed as itself (a helper that takes a ConcurrentBag<T>): the helper's own enumeration is what counts.
                continue;
            }

            if (UnorderedCollection(conversion.Operand) is not { } collection)
            {
                continue;
            }

            if (consumer is not null && OrderSensitivity.IsSourceArgument(argument, consumer))
            {
                var verdict = OrderSensitivity.Classify(consumer) ?? OrderSensitivity.Follow(consumer);
                if (verdict != OrderSensitivity.Verdict.Sensitive)
                {
                    continue;
                }
            }

            return Found(conversion.Operand, collection);
        }

        return null;
    }

    // "the enumeration order of a ConcurrentBag" when the operation yields one (or a ConcurrentDictionary's Keys/Values).
    private string? UnorderedCollection(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (operation is IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } instance }
            && Is(instance.Type?.OriginalDefinition, _concurrentDictionary))
        {
            return "the enumeration order of a ConcurrentDictionary";
        }

        var type = operation.Type?.OriginalDefinition;
        if (Is(type, _concurrentBag))
        {
            return "the enumeration order of a ConcurrentBag";
        }

        return Is(type, _concurrentDictionary) ? "the enumeration order of a ConcurrentDictionary" : null;
    }

    private static Finding Found(IOperation operation, string culprit) =>
        new(DiagnosticDescriptors.OrderDependentConcurrency, operation.Syntax.GetLocation(), culprit);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}

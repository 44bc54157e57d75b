using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Mutable static state (WEFT1008): what a step reads from it depends on what ran before in the same process, and what it
/// writes changes what later steps compute. Reported at each access: a static field that is not readonly (thread-static
/// ones too), a static auto-property with a setter, and a write through a <c>static readonly</c> field (adding to a shared
/// list, setting an element, drawing from a shared <c>Random</c>).
/// </summary>
internal sealed class MutableStaticState
{
    private readonly INamedTypeSymbol? _random;
    private readonly INamedTypeSymbol? _array;

    public MutableStaticState(Compilation compilation)
    {
        _random = compilation.GetTypeByMetadataName("System.Random");
        _array = compilation.GetTypeByMetadataName("System.Array");
    }

    public Finding? Classify(IOperation operation)
    {
        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } reference
                when (!field.IsReadOnly || IsWrittenThrough(reference)) && !InsideNameOf(operation):
                return Report(operation, field);
            case IPropertyReferenceOperation { Property: { IsStatic: true, SetMethod: not null } property }
                when IsAutoProperty(property) && !InsideNameOf(operation):
                return Report(operation, property);
            default:
                return null;
        }
    }

    private static bool InsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static Finding Report(IOperation operation, ISymbol member) =>
        new(DiagnosticDescriptors.MutableStaticState, operation.Syntax.GetLocation(), member.ContainingType.Name + "." + member.Name);

    // Only the project's properties can be seen to be auto-properties: their backing field is a member of the type.
    private static bool IsAutoProperty(IPropertySymbol property) =>
        !property.DeclaringSyntaxReferences.IsEmpty
        && property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

    // A readonly field still holds a mutable object: report the accesses that change it. Reads of it are not reported, so a
    // lookup table filled once by its initializer stays quiet.
    private bool IsWrittenThrough(IFieldReferenceOperation reference)
    {
        IOperation access = reference;
        while (access.Parent is IConversionOperation or IParenthesizedOperation)
        {
            access = access.Parent;
        }

        switch (access.Parent)
        {
            case IInvocationOperation invocation when invocation.Instance == access:
                return Mutates(invocation.TargetMethod);
            // An extension method (dictionary.TryAdd(...)) or Array.Sort(array) receives it as the first argument.
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                when invocation.Arguments.Length > 0 && invocation.Arguments[0] == argument:
                return invocation.TargetMethod.IsExtensionMethod && Mutates(invocation.TargetMethod)
                    || Is(invocation.TargetMethod.ContainingType, _array) && invocation.TargetMethod.Name is "Sort" or "Reverse" or "Clear" or "Fill";
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == access:
                return IsAssigned(indexer);
            case IArrayElementReferenceOperation element when element.ArrayReference == access:
                return IsAssigned(element);
            default:
                return false;
        }
    }

    private static bool IsAssigned(IOperation target) => target.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == target,
        IIncrementOrDecrementOperation => true,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        _ => false,
    };

    private bool Mutates(IMethodSymbol method)
    {
        var space = method.ContainingNamespace?.ToDisplayString() ?? "";
        // Immutable and frozen collections return a changed copy; LINQ reads.
        if (space.StartsWith("System.Collections.Immutable") || space.StartsWith("System.Collections.Frozen") || space == "System.Linq")
        {
            return false;
        }

        if (Is(method.ContainingType, _random))
        {
            // Every draw advances the shared generator, so the next step's draws depend on this one's.
            return method.Name.StartsWith("Next") || method.Name is "Shuffle" or "GetItems";
        }

        return method.Name is "Add" or "AddRange" or "AddFirst" or "AddLast" or "AddOrUpdate" or "Append" or "AppendLine"
            or "AppendFormat" or "Clear" or "Dequeue" or "Enqueue" or "ExceptWith" or "GetOrAdd" or "Insert" or "InsertRange"
            or "IntersectWith" or "Pop" or "Push" or "Remove" or "RemoveAll" or "RemoveAt" or "RemoveFirst" or "RemoveLast"
            or "RemoveRange" or "RemoveWhere" or "Reverse" or "Set" or "SetAll" or "Sort" or "SymmetricExceptWith" or "TryAdd"
            or "TryDequeue" or "TryPop" or "TryRemove" or "TryTake" or "TryUpdate" or "UnionWith";
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}

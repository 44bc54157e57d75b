using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// WEFT1010: hash codes that differ from one process to the next (string hashing is randomized per process,
/// <c>System.HashCode</c> is seeded per process, record classes hash their type's identity) and that leave the step through
/// <see cref="HashCodeFlow"/>'s sinks.
/// </summary>
internal sealed class HashCodeCatalog
{
    private readonly INamedTypeSymbol? _hashCode;
    private readonly INamedTypeSymbol? _stringComparer;

    public HashCodeCatalog(Compilation compilation)
    {
        _hashCode = compilation.GetTypeByMetadataName("System.HashCode");
        _stringComparer = compilation.GetTypeByMetadataName("System.StringComparer");
    }

    public Finding? Classify(IOperation operation)
    {
        if (operation is not IInvocationOperation invocation)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        var culprit = method.Name switch
        {
            "GetHashCode" => GetHashCodeCulprit(invocation, method),
            "Combine" or "ToHashCode" when Is(method.ContainingType, _hashCode) => "HashCode." + method.Name + "()",
            _ => null,
        };
        return culprit is not null && HashCodeFlow.LeavesTheMethod(invocation)
            ? new Finding(DiagnosticDescriptors.PersistedHashCode, invocation.Syntax.GetLocation(), culprit)
            : null;
    }

    private string? GetHashCodeCulprit(IInvocationOperation invocation, IMethodSymbol method)
    {
        if (method.ContainingType.SpecialType == SpecialType.System_String)
        {
            return "string.GetHashCode()";
        }

        if (Is(method.ContainingType, _stringComparer) || InheritsFrom(method.ContainingType, _stringComparer))
        {
            return "StringComparer.GetHashCode()";
        }

        // A GetHashCode the project writes itself is followed like any other helper.
        if (!method.IsImplicitlyDeclared && !method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var receiver = invocation.Instance;
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        var type = receiver?.Type;
        if (type is null || method.Parameters.Length != 0)
        {
            return null;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return "string.GetHashCode()";
        }

        // A record class's GetHashCode mixes in its EqualityContract (a Type, hashed by identity) and its members' hashes;
        // a record struct has no contract, so one whose members all hash the same in every process does too.
        if (type.IsRecord && !(type.IsValueType && StableHash.Members(type)))
        {
            return type.Name + ".GetHashCode() of a record";
        }

        // A class that never overrides GetHashCode hashes by object identity: a new number in every process.
        if (type.TypeKind == TypeKind.Class && type.SpecialType != SpecialType.System_Object && !OverridesGetHashCode(type))
        {
            return type.Name + ".GetHashCode() (an identity hash)";
        }

        return null;
    }

    private static bool OverridesGetHashCode(ITypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("GetHashCode"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol? known)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (Is(current, known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}

using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>
/// Value types whose compiler-written or built-in <c>GetHashCode</c> gives the same number in every process: numbers, enums,
/// <c>bool</c>, <c>char</c>, the framework's date, time and <c>Guid</c> structs, nullables of these, and the project's
/// structs and record structs made only of them. Strings (randomized per process), references (identity), tuples and
/// <c>System.HashCode</c> (seeded per process) are not.
/// </summary>
internal static class StableHash
{
    // A struct nests structs only so deep in practice; past this the answer is "not known to be stable".
    private const int MaxDepth = 8;

    /// <summary>Whether every instance field of the project's struct hashes stably.</summary>
    public static bool Members(ITypeSymbol type) => Members(type, 0);

    private static bool Members(ITypeSymbol type, int depth)
    {
        // A referenced assembly's private fields are not visible here, so its structs cannot be seen through.
        if (depth > MaxDepth || type.DeclaringSyntaxReferences.IsEmpty || type.IsTupleType)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false } field && !Of(field.Type, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Of(ITypeSymbol type, int depth)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal or SpecialType.System_DateTime:
                return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return Of(nullable.TypeArguments[0], depth);
        }

        if (type.TypeKind != TypeKind.Struct || type.IsTupleType)
        {
            return false;
        }

        if (type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true }
            && type.Name is "Guid" or "TimeSpan" or "DateTimeOffset" or "DateOnly" or "TimeOnly")
        {
            return true;
        }

        // A struct that writes its own GetHashCode is not judged here; one that does not hashes its fields.
        return !OverridesGetHashCode(type) && Members(type, depth);
    }

    private static bool OverridesGetHashCode(ITypeSymbol type)
    {
        foreach (var member in type.GetMembers("GetHashCode"))
        {
            if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0, IsImplicitlyDeclared: false })
            {
                return true;
            }
        }

        return false;
    }
}

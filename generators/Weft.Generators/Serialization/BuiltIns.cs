using Microsoft.CodeAnalysis;

namespace Weft.Generators.Serialization;

/// <summary>Maps symbols to the runtime's built-in serializers.</summary>
internal static class BuiltIns
{
    public static BuiltInKind? TryGetKind(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return BuiltInKind.Boolean;
            case SpecialType.System_Byte: return BuiltInKind.Byte;
            case SpecialType.System_SByte: return BuiltInKind.SByte;
            case SpecialType.System_Int16: return BuiltInKind.Int16;
            case SpecialType.System_UInt16: return BuiltInKind.UInt16;
            case SpecialType.System_Int32: return BuiltInKind.Int32;
            case SpecialType.System_UInt32: return BuiltInKind.UInt32;
            case SpecialType.System_Int64: return BuiltInKind.Int64;
            case SpecialType.System_UInt64: return BuiltInKind.UInt64;
            case SpecialType.System_Single: return BuiltInKind.Single;
            case SpecialType.System_Double: return BuiltInKind.Double;
            case SpecialType.System_Decimal: return BuiltInKind.Decimal;
            case SpecialType.System_Char: return BuiltInKind.Char;
            case SpecialType.System_String: return BuiltInKind.String;
            case SpecialType.System_DateTime: return BuiltInKind.DateTime;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return BuiltInKind.ByteArray;
        }

        if (KnownTypes.Is(type, "System", "DateTimeOffset"))
        {
            return BuiltInKind.DateTimeOffset;
        }

        if (KnownTypes.Is(type, "System", "TimeSpan"))
        {
            return BuiltInKind.TimeSpan;
        }

        if (KnownTypes.Is(type, "System", "Guid"))
        {
            return BuiltInKind.Guid;
        }

        if (KnownTypes.Is(type, "System", "DateOnly"))
        {
            return BuiltInKind.DateOnly;
        }

        if (KnownTypes.Is(type, "System", "TimeOnly"))
        {
            return BuiltInKind.TimeOnly;
        }

        if (KnownTypes.Is(type, "Weft", "DataFile"))
        {
            return BuiltInKind.DataFile;
        }

        return null;
    }

    /// <summary>Whether values of this kind are never <see langword="null"/>.</summary>
    public static bool IsValueType(BuiltInKind kind) => kind is not (BuiltInKind.String or BuiltInKind.DataFile or BuiltInKind.ByteArray);
}

using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// Writes compile-time constants as C# literals of an exact type, and as canonical text for cache keys, the same on
/// every machine whatever its culture.
/// </summary>
internal static class ConstantFormatter
{
    /// <summary>A C# expression of type <paramref name="type"/> for <paramref name="value"/>, or null if it cannot be written.</summary>
    public static string? Literal(object? value, ITypeSymbol type)
    {
        if (value is null)
        {
            return type.IsValueType && !NullableValueTypes.Is(type)
                ? $"default({TypeNames.FullName(type)})"
                : $"({TypeNames.FullName(type)})null";
        }

        var target = NullableValueTypes.Underlying(type);
        if (target.TypeKind == TypeKind.Enum)
        {
            var number = Primitive(value);
            return number is null ? null : $"({TypeNames.FullName(target)})({number})";
        }

        var literal = Primitive(value);
        return literal is null ? null : $"({TypeNames.FullName(type)})({literal})";
    }

    /// <summary>A C# literal for a primitive constant, with the suffix of its own type.</summary>
    public static string? Primitive(object value) => value switch
    {
        bool b => b ? "true" : "false",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c, quote: true),
        sbyte n => $"(sbyte){n.ToString(CultureInfo.InvariantCulture)}",
        byte n => $"(byte){n.ToString(CultureInfo.InvariantCulture)}",
        short n => $"(short){n.ToString(CultureInfo.InvariantCulture)}",
        ushort n => $"(ushort){n.ToString(CultureInfo.InvariantCulture)}",
        int n => n.ToString(CultureInfo.InvariantCulture),
        uint n => n.ToString(CultureInfo.InvariantCulture) + "U",
        long n => n.ToString(CultureInfo.InvariantCulture) + "L",
        ulong n => n.ToString(CultureInfo.InvariantCulture) + "UL",
        float f => float.IsNaN(f) ? "float.NaN" : float.IsPositiveInfinity(f) ? "float.PositiveInfinity" : float.IsNegativeInfinity(f) ? "float.NegativeInfinity" : f.ToString("R", CultureInfo.InvariantCulture) + "F",
        double d => double.IsNaN(d) ? "double.NaN" : double.IsPositiveInfinity(d) ? "double.PositiveInfinity" : double.IsNegativeInfinity(d) ? "double.NegativeInfinity" : d.ToString("R", CultureInfo.InvariantCulture) + "D",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
        _ => null,
    };

    /// <summary>Canonical text of a constant: the value, culture-invariant; strings quoted and escaped.</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => SymbolDisplay.FormatLiteral(s, quote: true),
        char c => SymbolDisplay.FormatLiteral(c.ToString(), quote: true),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The default value of an optional parameter as a C# expression usable in a parameter list.</summary>
    public static string? DefaultLiteral(IParameterSymbol parameter) => DefaultLiteral(SignatureParameter.From(parameter));

    /// <summary>The default value of an optional parameter as a C# expression usable in a parameter list.</summary>
    public static string? DefaultLiteral(SignatureParameter parameter)
        => parameter.HasExplicitDefaultValue ? DefaultLiteral(parameter, parameter.ExplicitDefaultValue) : null;

    private static string? DefaultLiteral(SignatureParameter parameter, object? value)
    {
        if (value is null)
        {
            return parameter.Type.IsValueType && !NullableValueTypes.Is(parameter.Type) ? "default" : "null";
        }

        var target = NullableValueTypes.Underlying(parameter.Type);

        // Plain literals keep the generated RunAsync signature as readable as the user's Define.
        return target.TypeKind == TypeKind.Enum ? Literal(value, parameter.Type) : Primitive(value) ?? Literal(value, parameter.Type);
    }
}

using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Emitting;

/// <summary>C# literal text for values the emitter writes.</summary>
internal static class Literals
{
    public static string String(string? value) => value is null ? "null" : Serialization.CSharpText.Literal(value);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Emitting;

/// <summary>C# literal text for values the emitter writes.</summary>
internal static class Literals
{
    public static string String(string? value) => value is null ? "null" : Serialization.CSharpText.Literal(value);

    /// <summary>Appends <see cref="String"/> of <paramref name="value"/>.</summary>
    public static Helpers.SourceWriter AppendString(this Helpers.SourceWriter writer, string? value)
        => value is null ? writer.Append("null") : Serialization.CSharpText.AppendLiteral(writer, value);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Linq;

namespace Weft.Generators.Serialization;

internal static partial class SerializerEmitter
{
    private const string Parsing = Runtime + "ParameterParsing.";

    /// <summary>
    /// Whether values of this type can be pipeline parameters: built-in scalars, enums, <c>DataFile</c>, nullable value types of
    /// these, and arrays of these.
    /// </summary>
    public static bool IsParameterType(TypeShape shape) => shape switch
    {
        BuiltInShape or EnumShape => true,
        NullableShape nullable => IsScalarParameter(nullable.Underlying),
        CollectionShape { Kind: CollectionKind.Array } array => IsScalarParameter(array.Element),
        _ => false,
    };

    /// <summary>
    /// A lambda of type <c>global::System.Func&lt;string, object?&gt;</c> that parses a command-line value culture-invariantly
    /// (arrays comma-separated, enums by member name ignoring case), throwing <c>FormatException</c> naming the expected type.
    /// </summary>
    public static string ParseExpression(TypeShape shape)
    {
        if (shape is BuiltInShape { Kind: BuiltInKind.ByteArray })
        {
            return $"static __value => (object?){Parsing}ParseArray<byte>(__value, {Parsing}ParseByte)";
        }

        if (shape is NullableShape nullable && IsScalarParameter(nullable.Underlying))
        {
            return $"static __value => (object?){Parsing}ParseNullable<{nullable.Underlying.UnannotatedName}>(__value, static __item => {ScalarParse(nullable.Underlying, "__item")})";
        }

        if (IsScalarParameter(shape))
        {
            return $"static __value => (object?){ScalarParse(shape, "__value")}";
        }

        if (shape is CollectionShape { Kind: CollectionKind.Array } array && IsScalarParameter(array.Element))
        {
            var item = array.Element is BuiltInShape { Kind: not BuiltInKind.String } builtIn
                ? Parsing + "Parse" + KindName(builtIn.Kind)
                : $"static __item => {ScalarParse(array.Element, "__item")}";
            return $"static __value => (object?){Parsing}ParseArray<{array.Element.UnannotatedName}>(__value, {item})";
        }

        var message = CSharpText.Literal($"Values of type '{shape?.DisplayName}' cannot be given on the command line.");
        return $"static __value => throw new global::System.FormatException({message})";
    }

    private static bool IsScalarParameter(TypeShape shape) => shape is EnumShape || shape is BuiltInShape { Kind: not BuiltInKind.ByteArray };

    private static string ScalarParse(TypeShape shape, string variable)
    {
        if (shape is EnumShape enumShape)
        {
            var type = enumShape.UnannotatedName;
            var names = string.Join(", ", enumShape.MemberNames.Select(CSharpText.Literal));
            var values = string.Join(", ", enumShape.MemberNames.Select(n => type + "." + CSharpText.Identifier(n)));
            return $"{Parsing}ParseEnum<{type}>({variable}, {CSharpText.Literal(enumShape.DisplayName)}, new string[] {{ {names} }}, new {type}[] {{ {values} }})";
        }

        var kind = ((BuiltInShape)shape).Kind;
        return kind == BuiltInKind.String ? variable : $"{Parsing}Parse{KindName(kind)}({variable})";
    }
}

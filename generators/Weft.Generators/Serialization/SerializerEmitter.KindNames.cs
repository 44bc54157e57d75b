namespace Weft.Generators.Serialization;

internal static partial class SerializerEmitter
{
    /// <summary>
    /// <paramref name="kind"/>'s name, spelled at compile time: <c>Enum.ToString</c> reflects over the enum the first
    /// time, which a fresh compiler process would pay for in its first emission.
    /// </summary>
    private static string KindName(BuiltInKind kind) => kind switch
    {
        BuiltInKind.Boolean => nameof(BuiltInKind.Boolean),
        BuiltInKind.Byte => nameof(BuiltInKind.Byte),
        BuiltInKind.SByte => nameof(BuiltInKind.SByte),
        BuiltInKind.Int16 => nameof(BuiltInKind.Int16),
        BuiltInKind.UInt16 => nameof(BuiltInKind.UInt16),
        BuiltInKind.Int32 => nameof(BuiltInKind.Int32),
        BuiltInKind.UInt32 => nameof(BuiltInKind.UInt32),
        BuiltInKind.Int64 => nameof(BuiltInKind.Int64),
        BuiltInKind.UInt64 => nameof(BuiltInKind.UInt64),
        BuiltInKind.Single => nameof(BuiltInKind.Single),
        BuiltInKind.Double => nameof(BuiltInKind.Double),
        BuiltInKind.Decimal => nameof(BuiltInKind.Decimal),
        BuiltInKind.Char => nameof(BuiltInKind.Char),
        BuiltInKind.String => nameof(BuiltInKind.String),
        BuiltInKind.DateTime => nameof(BuiltInKind.DateTime),
        BuiltInKind.DateTimeOffset => nameof(BuiltInKind.DateTimeOffset),
        BuiltInKind.TimeSpan => nameof(BuiltInKind.TimeSpan),
        BuiltInKind.Guid => nameof(BuiltInKind.Guid),
        BuiltInKind.DateOnly => nameof(BuiltInKind.DateOnly),
        BuiltInKind.TimeOnly => nameof(BuiltInKind.TimeOnly),
        BuiltInKind.DataFile => nameof(BuiltInKind.DataFile),
        BuiltInKind.ByteArray => nameof(BuiltInKind.ByteArray),
        _ => kind.ToString(),
    };
}

namespace Weft.Generators.Serialization;

/// <summary>
/// The types the runtime serializes itself. Each name is also the name of the shared instance in
/// <c>Weft.Serialization.BuiltInSerializers</c> and of the parser <c>Weft.Serialization.ParameterParsing.Parse{Name}</c>.
/// </summary>
internal enum BuiltInKind
{
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    Char,
    String,
    DateTime,
    DateTimeOffset,
    TimeSpan,
    Guid,
    DateOnly,
    TimeOnly,
    DataFile,
    ByteArray,
}

namespace Weft.Serialization;

/// <summary>
/// Shared instances of the built-in serializers. Generated code composes them (a record's members, a list's elements)
/// rather than creating new ones; they hold no state, so one instance per type serves every pipeline.
/// </summary>
public static class BuiltInSerializers
{
    /// <summary>For <see cref="bool"/>.</summary>
    public static BooleanSerializer Boolean { get; } = new();

    /// <summary>For <see cref="byte"/>.</summary>
    public static ByteSerializer Byte { get; } = new();

    /// <summary>For <see cref="sbyte"/>.</summary>
    public static SByteSerializer SByte { get; } = new();

    /// <summary>For <see cref="short"/>.</summary>
    public static Int16Serializer Int16 { get; } = new();

    /// <summary>For <see cref="ushort"/>.</summary>
    public static UInt16Serializer UInt16 { get; } = new();

    /// <summary>For <see cref="int"/>.</summary>
    public static Int32Serializer Int32 { get; } = new();

    /// <summary>For <see cref="uint"/>.</summary>
    public static UInt32Serializer UInt32 { get; } = new();

    /// <summary>For <see cref="long"/>.</summary>
    public static Int64Serializer Int64 { get; } = new();

    /// <summary>For <see cref="ulong"/>.</summary>
    public static UInt64Serializer UInt64 { get; } = new();

    /// <summary>For <see cref="float"/>.</summary>
    public static SingleSerializer Single { get; } = new();

    /// <summary>For <see cref="double"/>.</summary>
    public static DoubleSerializer Double { get; } = new();

    /// <summary>For <see cref="decimal"/>.</summary>
    public static DecimalSerializer Decimal { get; } = new();

    /// <summary>For <see cref="char"/>.</summary>
    public static CharSerializer Char { get; } = new();

    /// <summary>For <see cref="string"/>.</summary>
    public static StringSerializer String { get; } = new();

    /// <summary>For <see cref="System.DateTime"/>.</summary>
    public static DateTimeSerializer DateTime { get; } = new();

    /// <summary>For <see cref="System.DateTimeOffset"/>.</summary>
    public static DateTimeOffsetSerializer DateTimeOffset { get; } = new();

    /// <summary>For <see cref="System.TimeSpan"/>.</summary>
    public static TimeSpanSerializer TimeSpan { get; } = new();

    /// <summary>For <see cref="System.Guid"/>.</summary>
    public static GuidSerializer Guid { get; } = new();

    /// <summary>For <see cref="System.DateOnly"/>.</summary>
    public static DateOnlySerializer DateOnly { get; } = new();

    /// <summary>For <see cref="System.TimeOnly"/>.</summary>
    public static TimeOnlySerializer TimeOnly { get; } = new();

    /// <summary>For <see cref="Weft.DataFile"/> (its path).</summary>
    public static DataFileSerializer DataFile { get; } = new();

    /// <summary>For <see cref="byte"/> arrays (raw as a whole artifact, base64 when nested).</summary>
    public static ByteArraySerializer ByteArray { get; } = new();
}

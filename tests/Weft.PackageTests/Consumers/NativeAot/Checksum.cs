namespace NativeAotConsumer;

/// <summary>A type with no generated serializer: it is stored by its own materializer.</summary>
[Weft.Materializer(typeof(ChecksumMaterializer))]
public sealed class Checksum(uint value)
{
    public uint Value { get; } = value;
}

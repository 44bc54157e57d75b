using System.Buffers.Binary;
using Weft;

namespace NativeAotConsumer;

public sealed class ChecksumMaterializer : IMaterializer<Checksum>
{
    public async ValueTask WriteAsync(Checksum value, Stream destination, CancellationToken ct)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value.Value);
        await destination.WriteAsync(bytes, ct);
    }

    public async ValueTask<Checksum> ReadAsync(Stream source, CancellationToken ct)
    {
        var bytes = new byte[4];
        await source.ReadExactlyAsync(bytes, ct);
        return new Checksum(BinaryPrimitives.ReadUInt32BigEndian(bytes));
    }
}

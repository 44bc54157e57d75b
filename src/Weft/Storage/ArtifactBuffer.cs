using System.Buffers;

namespace Weft.Storage;

/// <summary>
/// The stream a serializer writes an artifact into. Up to the inline threshold it buffers in memory; past it, it spills to
/// a temporary object file and hashes as it goes, so that a large model never has to fit in memory twice. Write-only.
/// </summary>
internal sealed class ArtifactBuffer : Stream
{
    private readonly ObjectStore _objects;
    private readonly int _threshold;
    private byte[] _buffer;
    private int _length;
    private FileStream? _spill;
    private string? _spillPath;
    private ContentHasher? _hash;
    private long _size;

    public ArtifactBuffer(ObjectStore objects, int threshold)
    {
        _objects = objects;
        _threshold = threshold;
        _buffer = ArrayPool<byte>.Shared.Rent(256);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _size;

    public override long Position
    {
        get => _size;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_spill is null && _length + buffer.Length <= _threshold)
        {
            if (_length + buffer.Length > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_threshold, Math.Max(_buffer.Length * 2, _length + buffer.Length)));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            buffer.CopyTo(_buffer.AsSpan(_length));
            _length += buffer.Length;
        }
        else
        {
            if (_spill is null)
            {
                Spill();
            }

            _spill!.Write(buffer);
            _hash!.Append(buffer);
        }

        _size += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_spill is not null || _length + buffer.Length > _threshold)
        {
            return WriteSpilledAsync(buffer, cancellationToken);
        }

        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Hashes what was written and, for a spilled artifact, renames its file into place.</summary>
    /// <param name="replace">Overwrite an existing object of the same id (it was found damaged).</param>
    public StoredBytes Complete(bool replace)
    {
        if (_spill is null)
        {
            var bytes = _buffer.AsSpan(0, _length);
            return new StoredBytes(ContentHash.Of(bytes), _length, bytes.ToArray());
        }

        // Durable before it becomes visible: the rename must never expose an object whose bytes a crash could lose.
        _spill.Flush(flushToDisk: true);
        _spill.Dispose();
        _spill = null;
        Span<byte> hash = stackalloc byte[32];
        _hash!.GetHashAndReset(hash);
        var id = ContentHash.Format(hash);
        _objects.Commit(_spillPath!, id, replace);
        _spillPath = null;
        return new StoredBytes(id, _size, null);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _spill?.Dispose();
            _spill = null;
            if (_spillPath is not null)
            {
                // Abandoned (the serializer threw): no one will rename it.
                try
                {
                    File.Delete(_spillPath);
                }
                catch (IOException)
                {
                }

                _spillPath = null;
            }

            _hash?.Dispose();
            _hash = null;
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }
        }

        base.Dispose(disposing);
    }

    private async ValueTask WriteSpilledAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_spill is null)
        {
            Spill();
        }

        await _spill!.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        _hash!.Append(buffer.Span);
        _size += buffer.Length;
    }

    private void Spill()
    {
        _spillPath = _objects.NewTempPath();
        _spill = new FileStream(_spillPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _hash = new ContentHasher();
        _spill.Write(_buffer, 0, _length);
        _hash.Append(_buffer.AsSpan(0, _length));
        _length = 0;
    }
}

using System;
using System.IO;
using System.Text;

namespace Weft.Generators.Emitting;

/// <summary>
/// Reads a <see cref="StringBuilder"/> in place. A pipeline's source is tens of thousands of characters: as one string it
/// lands on the large object heap (and a fresh compiler process pays for those allocations), while Roslyn reads a text
/// this long from a reader into chunks small enough to stay off it.
/// </summary>
internal sealed class BuilderReader : TextReader
{
    private readonly StringBuilder _builder;
    private int _position;

    public BuilderReader(StringBuilder builder) => _builder = builder;

    public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

    public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, _builder.Length - _position);
        if (read <= 0)
        {
            return 0;
        }

        _builder.CopyTo(_position, buffer, index, read);
        _position += read;
        return read;
    }

    public override int ReadBlock(char[] buffer, int index, int count) => Read(buffer, index, count);

    public override string ReadToEnd()
    {
        var rest = _builder.ToString(_position, _builder.Length - _position);
        _position = _builder.Length;
        return rest;
    }
}

using System;
using System.Text;

namespace Weft.Generators.Helpers;

/// <summary>An indentation-aware text writer for emitted C#; output uses '\n' line ends on every machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter()
        : this(new StringBuilder())
    {
    }

    /// <summary>Writes into <paramref name="builder"/> after what it holds (a caller may hand in a cleared, already large one).</summary>
    public SourceWriter(StringBuilder builder) => _builder = builder;

    public int Indent
    {
        get => _indent;
        set => _indent = value < 0 ? 0 : value;
    }

    public SourceWriter WriteLine(string text)
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        if (text.IndexOf('\n') < 0)
        {
            _builder.Append(' ', _indent * 4).Append(text).Append('\n');
            return this;
        }

        // Multi-line blocks (raw strings) are re-indented line by line at the current level.
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length == 0)
            {
                _builder.Append('\n');
                continue;
            }

            _builder.Append(' ', _indent * 4).Append(line).Append('\n');
        }

        return this;
    }

    public SourceWriter WriteLine() => WriteLine(string.Empty);

    /// <summary>One line of several single-line parts, appended as they are (no joined string is built first).</summary>
    public SourceWriter Line(params string[] parts)
    {
        _builder.Append(' ', _indent * 4);
        foreach (var part in parts)
        {
            _builder.Append(part);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line at the current indentation; its parts follow with <see cref="Append(string)"/>, and <see cref="End"/> ends it.</summary>
    public SourceWriter Start()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Part of a line begun with <see cref="Start"/>: single-line text, appended as it is.</summary>
    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char character)
    {
        _builder.Append(character);
        return this;
    }

    /// <summary>Ends a line begun with <see cref="Start"/>.</summary>
    public SourceWriter End()
    {
        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header = "")
    {
        if (header.Length > 0)
        {
            WriteLine(header);
        }

        WriteLine("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();
}

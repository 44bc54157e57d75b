using Microsoft.CodeAnalysis;

namespace Weft.Generators.Serialization;

/// <summary>A type's shape, or why it has none, and the syntax trees the answer was read from.</summary>
internal sealed class Classification
{
    public Classification(TypeShape? shape, string? error, SyntaxTree[] trees)
    {
        Shape = shape;
        Error = error;
        Trees = trees;
    }

    public TypeShape? Shape { get; }

    public string? Error { get; }

    public SyntaxTree[] Trees { get; }
}

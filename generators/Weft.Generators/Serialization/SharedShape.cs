using Microsoft.CodeAnalysis;

namespace Weft.Generators.Serialization;

/// <summary>A successfully built shape, how many objects deep it nests, and the syntax trees it was read from.</summary>
internal sealed class SharedShape
{
    public SharedShape(TypeShape shape, int height, SyntaxTree[] trees)
    {
        Shape = shape;
        Height = height;
        Trees = trees;
    }

    public TypeShape Shape { get; }

    /// <summary>The longest chain of objects (records, classes, structs) from this shape down, itself included: a walk that reaches it this many levels below the depth limit would succeed.</summary>
    public int Height { get; }

    public SyntaxTree[] Trees { get; }
}

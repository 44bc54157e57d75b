namespace Weft;

/// <summary>
/// Names the <see cref="IMaterializer{T}"/> that stores an artifact type the generator cannot serialize itself.
/// Put it on the type, or on the assembly as <c>[assembly: Materializer(typeof(T), typeof(M))]</c> for a third-party type.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Assembly, Inherited = false, AllowMultiple = true)]
public sealed class MaterializerAttribute : Attribute
{
    /// <summary>On a type: the materializer for that type.</summary>
    /// <param name="materializer">A type implementing <see cref="IMaterializer{T}"/> with a public parameterless constructor.</param>
    public MaterializerAttribute(Type materializer) => Materializer = materializer;

    /// <summary>On an assembly: the materializer for <paramref name="target"/>.</summary>
    /// <param name="target">The artifact type.</param>
    /// <param name="materializer">A type implementing <see cref="IMaterializer{T}"/> with a public parameterless constructor.</param>
    public MaterializerAttribute(Type target, Type materializer)
    {
        Target = target;
        Materializer = materializer;
    }

    /// <summary>The artifact type, when the attribute is on the assembly.</summary>
    public Type? Target { get; }

    /// <summary>The materializer type.</summary>
    public Type Materializer { get; }
}

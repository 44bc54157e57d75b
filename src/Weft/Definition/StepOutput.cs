namespace Weft;

/// <summary>An output of a step: a typed artifact with its serializer.</summary>
/// <param name="Name"><c>value</c> for a single result, or the tuple element's name.</param>
/// <param name="TypeName">The artifact's C# type.</param>
/// <param name="Serializer">The generated (or materializer-backed) serializer.</param>
public sealed record StepOutput(string Name, string TypeName, IArtifactSerializer Serializer)
{
    /// <summary>The name of the output of a step that returns a single value.</summary>
    public const string DefaultName = "value";
}

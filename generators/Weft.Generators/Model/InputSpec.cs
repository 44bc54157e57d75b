namespace Weft.Generators.Model;

/// <summary>A step parameter and its binding in the body.</summary>
/// <remarks>
/// <see cref="SourceTypes"/> is the chain of types the value passes through (producer output type, then a local's
/// declared type) before the parameter type, so the invoker can unbox and convert as the C# compiler did.
/// Value-equal on purpose: see <see cref="PipelineSpec"/>.
/// </remarks>
internal sealed record InputSpec(
    string Name,
    int Ordinal,
    string TypeFullName,
    string TypeDisplay,
    BindingKind Kind,
    string Source,
    string? SourceOutput,
    string? ConstantLiteral,
    string? ConstantText,
    Helpers.EquatableArray<string> SourceTypes);

/// <summary>What a step input is bound to.</summary>
internal enum BindingKind
{
    Artifact,
    Parameter,
    Constant,
}

namespace Weft;

/// <summary>A parameter of a step and what the pipeline body binds it to.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="TypeName">The parameter's C# type.</param>
/// <param name="Binding">Where its value comes from.</param>
public sealed record StepInput(string Name, string TypeName, InputBinding Binding);

/// <summary>Where a step input's value comes from.</summary>
public abstract record InputBinding;

/// <summary>The input is an output of another node.</summary>
/// <param name="Node">The producing node.</param>
/// <param name="Output">The producing output's name.</param>
public sealed record ArtifactBinding(string Node, string Output) : InputBinding;

/// <summary>The input is a pipeline parameter.</summary>
/// <param name="Parameter">The parameter's name.</param>
public sealed record ParameterBinding(string Parameter) : InputBinding;

/// <summary>The input is a compile-time constant (a literal, <c>const</c>, enum member, <c>nameof</c>, or an omitted optional argument's default).</summary>
/// <param name="Value">The boxed value.</param>
/// <param name="Text">Its canonical, culture-invariant text, which enters the cache key.</param>
public sealed record ConstantBinding(object? Value, string Text) : InputBinding;

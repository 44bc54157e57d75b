namespace Weft;

/// <summary>A pipeline parameter: one of <c>Define</c>'s parameters.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="TypeName">Its C# type.</param>
/// <param name="HasDefault">Whether <c>Define</c> gives it a default.</param>
/// <param name="DefaultValue">The default value, boxed.</param>
/// <param name="Serializer">Serializer of the parameter's type, used for canonical values and records.</param>
/// <param name="Parse">Parses a command-line value (<c>--param name=value</c>); throws <see cref="FormatException"/> on bad input.</param>
public sealed record PipelineParameter(string Name, string TypeName, bool HasDefault, object? DefaultValue, IArtifactSerializer Serializer, Func<string, object?> Parse);

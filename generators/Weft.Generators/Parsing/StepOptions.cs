using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// What a method's Weft attributes say, read from syntax by <see cref="StepAttributeSyntax"/> when that is certain to
/// match what binding the attributes would give (and they hold nothing a diagnostic is reported for).
/// </summary>
internal sealed class StepOptions
{
    /// <summary>The answer for a method that certainly has no <c>[Step]</c>.</summary>
    public static readonly StepOptions NotAStep = new(isStep: false);

    public StepOptions(bool isStep) => IsStep = isStep;

    public bool IsStep { get; }

    /// <summary>The <c>Name</c> argument, if written (already checked to be a valid node name).</summary>
    public string? Name { get; set; }

    public bool Cache { get; set; } = true;

    public int Retries { get; set; }

    public string? CacheVersion { get; set; }

    public int TimeoutSeconds { get; set; }

    public ResourceSpec? Resources { get; set; }

    public string? Image { get; set; }
}

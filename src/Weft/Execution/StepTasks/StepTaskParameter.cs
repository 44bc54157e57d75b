namespace Weft;

/// <summary>A step input bound to a pipeline parameter, as a <see cref="StepTask"/> carries it.</summary>
/// <param name="Input">The step parameter's name (<see cref="StepInput.Name"/>).</param>
/// <param name="Parameter">The pipeline parameter's name.</param>
/// <param name="Value">
/// The value as the parameter's serializer writes it (the form a run records), or <see langword="null"/> when the parameter
/// was left at its default.
/// </param>
public sealed record StepTaskParameter(string Input, string Parameter, string? Value)
{
    /// <summary>
    /// For a <see cref="DataFile"/> parameter whose content the step must check (and, when imported, read from the store):
    /// each file of the value; <see langword="null"/> when the step reads the value's paths as they are (the <c>process</c>
    /// orchestrator, whose step processes see the files the run hashed).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StepTaskDataFile>? Files { get; init; }
}

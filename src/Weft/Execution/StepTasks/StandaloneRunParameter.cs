namespace Weft;

/// <summary>A pipeline parameter of a <see cref="StandaloneRun"/>.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">Its value as the parameter's serializer writes it (the form a run records).</param>
public sealed record StandaloneRunParameter(string Name, string Value)
{
    /// <summary>
    /// For a <see cref="DataFile"/> parameter (or an array of them): each file as the step that started the run hashed it and
    /// imported it into the store; every step reads those copies, checked against these hashes.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StepTaskDataFile>? Files { get; init; }
}

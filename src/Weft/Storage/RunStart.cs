namespace Weft.Storage;

/// <summary>What the store records when a run starts.</summary>
internal sealed record RunStart
{
    public required string RunId { get; init; }

    public required string Pipeline { get; init; }

    public required string PipelineType { get; init; }

    public string? Name { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset LogicalTime { get; init; }

    public required long Seed { get; init; }

    public required bool UseCache { get; init; }

    public string? SourceRevision { get; init; }

    public required string Orchestrator { get; init; }

    public required IReadOnlyList<ParameterRecord> Parameters { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

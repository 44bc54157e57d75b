namespace Weft.Generators;

/// <summary>Names of the incremental pipeline stages, so tests can assert which stages re-ran.</summary>
internal static class TrackingNames
{
    public const string PipelineResults = nameof(PipelineResults);
    public const string PipelineSpecs = nameof(PipelineSpecs);
    public const string PipelineDiagnostics = nameof(PipelineDiagnostics);
    public const string StepDiagnostics = nameof(StepDiagnostics);
    public const string PipelineNames = nameof(PipelineNames);
}

namespace DriverRerun;

/// <summary>Everything measured for one generator.</summary>
internal sealed record GeneratorResult(
    string Name,
    Timing FirstRun,
    Timing FreshlyLoadedRun,
    Timing FullRun,
    IReadOnlyList<(SourceEdit Edit, Timing Median)> Reruns,
    int GeneratedFiles,
    long GeneratedChars,
    IReadOnlyList<string> Errors,
    IReadOnlyList<StageTime> ColdStages,
    IReadOnlyList<StageTime> EditStages,
    SourceEdit StageEdit);

namespace Weft;

/// <summary>Shared empty values of <see cref="StepRun"/> members, so that a run of many steps does not allocate one each.</summary>
internal static class StepRunDefaults
{
    public static readonly IReadOnlyDictionary<string, string> NoArtifacts = new Dictionary<string, string>();
}

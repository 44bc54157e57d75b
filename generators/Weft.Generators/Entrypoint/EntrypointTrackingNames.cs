namespace Weft.Generators.Entrypoint;

/// <summary>Names of the entrypoint generator's incremental stages, so tests can assert which stages re-ran.</summary>
internal static class EntrypointTrackingNames
{
    public const string Enabled = "EntrypointEnabled";
    public const string Project = "EntrypointProject";
    public const string Mains = "EntrypointMains";
    public const string TopLevelStatements = "EntrypointTopLevelStatements";
    public const string Model = "EntrypointModel";
}

namespace Weft.Tests;

/// <summary>Tests that change process-wide state (environment variables, the working directory) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Process environment";
}

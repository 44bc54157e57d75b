namespace Weft.Generators.Tests.Snapshots;

/// <summary>A representative pipeline: its source files and the hint name of the one source the generator writes for it.</summary>
/// <param name="Name">The scenario's name (also the test's and the approved file's).</param>
/// <param name="Files">The user's files, as (path, text), in the order they are given to the compiler.</param>
/// <param name="HintName">The generated source's hint name.</param>
public sealed record PipelineScenario(string Name, IReadOnlyList<(string Path, string Text)> Files, string HintName)
{
    public override string ToString() => Name;
}

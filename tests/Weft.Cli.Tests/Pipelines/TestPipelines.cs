namespace Weft.Cli.Tests.Pipelines;

/// <summary>The pipelines of this test assembly, as error messages list them (sorted by name).</summary>
public static class TestPipelines
{
    public const string Names = "Arithmetic, Audited, Broken, Bulk, Gated, Notes, Showcase, Tuning, WordCount";
}

namespace Weft.Generators.Tests.Snapshots;

/// <summary>
/// The generated source of each representative pipeline, compared with its approved snapshot; each must also generate
/// without a diagnostic and compile without any warning.
/// </summary>
public sealed class PipelineSnapshotTests
{
    [Fact]
    public void Training() => Check(PipelineScenarios.Training);

    [Fact]
    public void StepsInAnotherClass_WithNamedOmittedConstEnumAndNameofArguments() => Check(PipelineScenarios.SharedSteps);

    [Fact]
    public void ExpressionBodiedVoidDefine() => Check(PipelineScenarios.ExpressionBodied);

    [Fact]
    public void MaterializedBytesDictionaryAndNullableOutputs() => Check(PipelineScenarios.Payloads);

    [Fact]
    public void RepeatedStep_NestedCall_AndConversions() => Check(PipelineScenarios.Conversions);

    [Fact]
    public void NamedPipeline_WithScheduleImageAndResources() => Check(PipelineScenarios.Scheduled);

    [Fact]
    public void GlobalNamespace_WithNamesThatCollideWithGeneratedOnes() => Check(PipelineScenarios.Collisions);

    private static void Check(PipelineScenario scenario, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var run = ScenarioRun.Of(scenario);
        var text = run.Source(scenario.HintName);
        Assert.Equal([scenario.HintName], run.Sources.Keys);
        run.AssertClean();
        SnapshotFile.Verify(text, testName);
    }
}

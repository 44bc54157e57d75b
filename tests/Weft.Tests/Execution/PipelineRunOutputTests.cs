using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class PipelineRunOutputTests
{
    private static async Task<PipelineRun> SampleRun()
    {
        var definition = Pipeline(
            Node("Count", _ => 42),
            Custom("Split", ["Train", "Test"], (_, _) => ValueTask.FromResult<object?[]>([new List<int> { 1, 2 }, new List<int> { 3 }]), null),
            Custom("Publish", [], (_, _) => ValueTask.FromResult<object?[]>([]), null),
            Node("Nothing", _ => null),
            Node("Broken", _ => throw new InvalidOperationException("no data")),
            Node("AfterBroken", _ => 1, From("x", "Broken")));
        var run = await Run(definition);
        Assert.Equal(RunStatus.Failed, run.Status);
        return run;
    }

    [Fact]
    public async Task Output_ReturnsSingleAndNamedOutputs()
    {
        var run = await SampleRun();

        Assert.Equal(42, run.Output<int>("Count"));
        Assert.Equal(42, run.Output<int>("Count", "value"));
        Assert.Equal(42, run.Output<object>("Count"));
        Assert.Equal([1, 2], run.Output<List<int>>("Split", "Train"));
        Assert.Equal([3], run.Output<IReadOnlyList<int>>("Split", "Test"));
    }

    [Fact]
    public async Task Output_OfTheWrongType_NamesStepOutputAndActualType()
    {
        var run = await SampleRun();

        var error = Assert.Throws<InvalidCastException>(() => run.Output<string>("Count"));
        Assert.Equal("Output 'value' of step 'Count' is a System.Int32 (declared object), not a System.String.", error.Message);
        var generic = Assert.Throws<InvalidCastException>(() => run.Output<int[]>("Split", "Train"));
        Assert.Contains("'Train' of step 'Split' is a System.Collections.Generic.List<System.Int32>", generic.Message);
        Assert.Contains("not a System.Int32[]", generic.Message);
    }

    [Fact]
    public async Task NullOutput_ReadsAsNullForNullableTypes_AndFailsForValueTypes()
    {
        var run = await SampleRun();

        Assert.Null(run.Output<string?>("Nothing"));
        Assert.Null(run.Output<int?>("Nothing"));
        var error = Assert.Throws<InvalidCastException>(() => run.Output<int>("Nothing"));
        Assert.Contains("Output 'value' of step 'Nothing' is null, which is not a System.Int32", error.Message);
    }

    [Fact]
    public async Task Output_OfAnUnknownStep_ListsTheSteps()
    {
        var run = await SampleRun();

        var error = Assert.Throws<KeyNotFoundException>(() => run.Output<int>("Cont"));
        Assert.Contains("no step 'Cont'", error.Message);
        Assert.Contains("Steps: Count, Split, Publish, Nothing, Broken, AfterBroken", error.Message);
        Assert.Throws<KeyNotFoundException>(() => run.GetStep("Cont"));
    }

    [Fact]
    public async Task Output_OfAnUnknownOutput_ListsTheOutputs()
    {
        var run = await SampleRun();

        var error = Assert.Throws<KeyNotFoundException>(() => run.Output<int>("Split", "Validation"));
        Assert.Equal("Step 'Split' has no output 'Validation'. Outputs: Train, Test.", error.Message);
        var none = Assert.Throws<KeyNotFoundException>(() => run.Output<int>("Publish", "value"));
        Assert.Contains("it has no outputs", none.Message);
    }

    [Fact]
    public async Task SingleOutputAccessor_OnAMultiOutputStep_ListsTheOutputs()
    {
        var run = await SampleRun();

        var error = Assert.Throws<InvalidOperationException>(() => run.Output<List<int>>("Split"));
        Assert.Contains("Step 'Split' has 2 outputs (Train, Test)", error.Message);
        Assert.Contains("Output<T>(\"Split\", \"Train\")", error.Message);
        var none = Assert.Throws<InvalidOperationException>(() => run.Output<int>("Publish"));
        Assert.Equal("Step 'Publish' has no outputs.", none.Message);
    }

    [Fact]
    public async Task Output_OfAFailedOrSkippedStep_SaysWhy()
    {
        var run = await SampleRun();

        var failed = Assert.Throws<InvalidOperationException>(() => run.Output<int>("Broken"));
        Assert.Contains("Output 'value' of step 'Broken'", failed.Message);
        Assert.Contains("Step 'Broken' failed: System.InvalidOperationException: no data", failed.Message);
        var skipped = Assert.Throws<InvalidOperationException>(() => run.Output<int>("AfterBroken"));
        Assert.Contains("Step 'AfterBroken' was skipped because step 'Broken' failed", skipped.Message);
    }

    [Fact]
    public async Task TryGetOutput_ReportsWhetherAValueExists()
    {
        var run = await SampleRun();

        Assert.True(run.TryGetOutput("Split", "Test", out var test));
        Assert.Equal([3], Assert.IsType<List<int>>(test));
        Assert.True(run.TryGetOutput("Nothing", "value", out var nothing));
        Assert.Null(nothing);
        Assert.False(run.TryGetOutput("Broken", "value", out _));
        Assert.False(run.TryGetOutput("Split", "Validation", out _));
        Assert.False(run.TryGetOutput("Missing", "value", out _));
    }

    [Fact]
    public async Task RunRecord_CarriesTheDefinitionAndTimings()
    {
        var run = await SampleRun();

        Assert.Equal("Test", run.Definition.Name);
        Assert.Equal(6, run.Steps.Count);
        Assert.True(run.Duration >= run.Steps.Max(s => s.Duration));
        Assert.Contains(run.RunId, run.ToString());
        Assert.Contains("Failed", run.ToString());
    }
}

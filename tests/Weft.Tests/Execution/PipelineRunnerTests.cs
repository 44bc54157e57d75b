using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class PipelineRunnerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("inprocess")]
    [InlineData("InProcess")]
    public async Task DefaultOrchestrator_RunsInProcess(string? orchestrator)
    {
        Assert.Same(InProcessExecutor.Default, PipelineRunner.GetExecutor(orchestrator));
        var run = await Run(Pipeline(Node("A", _ => 1)), new RunOptions { Orchestrator = orchestrator });

        Assert.Equal(RunStatus.Succeeded, run.Status);
    }

    [Fact]
    public async Task UnknownOrchestrator_ThrowsNamingTheKnownOnes()
    {
        var error = await Assert.ThrowsAsync<NotSupportedException>(() => Run(Pipeline(Node("A", _ => 1)), new RunOptions { Orchestrator = "nomad" }));

        Assert.Contains("'nomad'", error.Message);
        Assert.Contains("inprocess", error.Message);
    }

    [Fact]
    public async Task RegisteredOrchestrator_ReceivesTheRequest()
    {
        var name = "recording-" + Guid.NewGuid().ToString("N");
        var executor = new RecordingExecutor();
        PipelineRunner.RegisterOrchestrator(name, executor);
        var definition = Pipeline([Parameter("n", "int")], Node("A", _ => 1, Param("n", "n")));
        var options = new RunOptions { Orchestrator = name.ToUpperInvariant(), Seed = 7 };

        var run = await PipelineRunner.RunAsync(definition, new Dictionary<string, object?> { ["n"] = 5 }, options);

        var request = Assert.Single(executor.Requests);
        Assert.Same(definition, request.Definition);
        Assert.Equal(5, request.Arguments["n"]);
        Assert.Same(options, request.Options);
        Assert.Equal(request.RunId, run.RunId);
        Assert.Contains(name, PipelineRunner.Orchestrators);
    }

    [Fact]
    public void RunIds_AreFormattedAndSortInIssueOrder()
    {
        var generator = new RunIdGenerator();
        var now = new DateTimeOffset(2026, 11, 28, 17, 43, 55, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 500).Select(_ => generator.Next(now)).ToList();

        Assert.All(ids, id => Assert.Matches(@"^20261128-174355-[0-9a-f]{6}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.StartsWith("20261128-174357-", generator.Next(now.AddSeconds(2)));
    }

    [Fact]
    public void RunId_UsesUtcTime_AndNeverGoesBackWhenTheClockDoes()
    {
        var generator = new RunIdGenerator();

        var first = generator.Next(new DateTimeOffset(2030, 11, 28, 19, 43, 55, TimeSpan.FromHours(2)));
        var afterClockStep = generator.Next(new DateTimeOffset(2030, 11, 28, 17, 40, 0, TimeSpan.Zero));

        Assert.StartsWith("20301128-174355-", first);
        Assert.StartsWith("20301128-174355-", afterClockStep);
        Assert.True(string.CompareOrdinal(afterClockStep, first) > 0);
    }

    private sealed class RecordingExecutor : IPipelineExecutor
    {
        public List<ExecutionRequest> Requests { get; } = [];

        public Task<PipelineRun> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new PipelineRun(request.RunId, request.Definition, RunStatus.Succeeded, [], DateTimeOffset.UnixEpoch, TimeSpan.Zero,
                null, new Dictionary<string, IReadOnlyList<object?>>()));
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class StepContextInRunTests
{
    [Fact]
    public async Task EachStepSeesItsOwnNameAttemptAndTheRunsId()
    {
        var seen = new ConcurrentDictionary<string, (string RunId, string Name, int Attempt, StepContext? Current)>();
        StepNode Probe(string name) => Node(name, _ => seen[name] = (Step.RunId, Step.Name, Step.Attempt, Step.Current));

        var run = await Run(Pipeline(Probe("A"), Probe("B")));

        Assert.Equal((run.RunId, "A", 1), (seen["A"].RunId, seen["A"].Name, seen["A"].Attempt));
        Assert.Equal((run.RunId, "B", 1), (seen["B"].RunId, seen["B"].Name, seen["B"].Attempt));
        Assert.NotNull(seen["A"].Current);
        Assert.NotSame(seen["A"].Current, seen["B"].Current);
        Assert.Null(Step.Current);
    }

    [Fact]
    public async Task Seeds_DifferPerStep_RepeatAcrossRuns_AndFollowTheRunSeed()
    {
        var first = await CollectSeeds(null);
        var second = await CollectSeeds(null);
        var seeded = await CollectSeeds(42);
        var seededAgain = await CollectSeeds(42);

        Assert.NotEqual(first["A"], first["B"]);
        Assert.Equal(first, second);
        Assert.Equal(StepContext.DeriveSeed(StepContext.DefaultRunSeed, "A"), first["A"].Seed);
        Assert.NotEqual(first["A"], seeded["A"]);
        Assert.NotEqual(first["B"], seeded["B"]);
        Assert.Equal(seeded, seededAgain);
        Assert.Equal(StepContext.DeriveSeed(42, "B"), seeded["B"].Seed);
    }

    [Fact]
    public async Task Now_IsTheRunsStartForEveryStep()
    {
        var times = new ConcurrentBag<DateTimeOffset>();
        var definition = Pipeline(
            Node("A", _ => { times.Add(Step.Now); return 1; }),
            AsyncNode("B", async (_, _) => { await Task.Delay(20); times.Add(Step.Now); return [2]; }, From("a", "A")),
            Node("C", _ => { times.Add(Step.Now); return 3; }, From("b", "B")));

        var run = await Run(definition);
        var firstRun = times.ToArray();
        times.Clear();
        var later = await Run(definition);

        Assert.Equal([run.StartedAt, run.StartedAt, run.StartedAt], firstRun);
        Assert.Equal([later.StartedAt, later.StartedAt, later.StartedAt], times);
        Assert.True(later.StartedAt > run.StartedAt);
        Assert.Equal(TimeSpan.Zero, run.StartedAt.Offset);
    }

    [Fact]
    public async Task LoggerFactory_GivesEachStepALoggerNamedAfterPipelineAndStep()
    {
        var factory = new RecordingLoggerFactory();
        var definition = Pipeline(Node("Load", _ => { Step.Logger.LogInformation("read {Rows} rows", 12); return 12; }));

        await Run(definition, new RunOptions { LoggerFactory = factory });

        Assert.Contains(("Test.Load", "read 12 rows"), factory.Messages);
    }

    [Fact]
    public async Task RuntimeLog_RecordsRetriesAndFailures()
    {
        var factory = new RecordingLoggerFactory();
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) => throw new IOException("disk"), new StepPolicy(Retries: 1)));

        await RunWithoutBackoff(definition, new RunOptions { LoggerFactory = factory });

        var runtime = factory.Messages.Where(m => m.Category == "Weft.Runtime").Select(m => m.Message).ToList();
        Assert.Contains(runtime, m => m.StartsWith("Step 'Fit' attempt 1 of 2 failed", StringComparison.Ordinal));
        Assert.Contains("Step 'Fit' failed: System.IO.IOException: disk", runtime);
    }

    [Fact]
    public async Task RunIds_AreUniquePerRun()
    {
        var definition = Pipeline(Node("A", _ => 1));

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Run(definition)));

        Assert.Equal(20, runs.Select(r => r.RunId).Distinct().Count());
        Assert.All(runs, r => Assert.Matches(@"^\d{8}-\d{6}-[0-9a-f]{6}$", r.RunId));
    }

    private static async Task<Dictionary<string, (int Seed, int FirstRandom)>> CollectSeeds(long? seed)
    {
        var seeds = new ConcurrentDictionary<string, (int, int)>();
        StepNode Probe(string name) => Node(name, _ =>
        {
            seeds[name] = (Step.Seed, Step.Random.Next());
            return Step.Seed;
        });
        var run = await Run(Pipeline(Probe("A"), Probe("B")), new RunOptions { Seed = seed });
        Assert.Equal(RunStatus.Succeeded, run.Status);
        return seeds.ToDictionary();
    }

    private sealed class RecordingLoggerFactory : ILoggerFactory
    {
        public ConcurrentQueue<(string Category, string Message)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Messages);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, string)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => messages.Enqueue((category, formatter(state, exception)));
        }
    }
}

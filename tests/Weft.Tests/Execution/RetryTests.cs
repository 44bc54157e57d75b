using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class RetryTests
{
    [Fact]
    public async Task Retries_RunFurtherAttempts_AndStepSeesTheAttemptNumber()
    {
        var attempts = new List<int>();
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) =>
        {
            attempts.Add(Step.Attempt);
            return Step.Attempt < 3 ? throw new IOException($"transient {Step.Attempt}") : ValueTask.FromResult<object?[]>(["model"]);
        }, new StepPolicy(Retries: 2)));

        // Through the default runner, so the real backoff (50 ms, then 100 ms) is exercised once.
        var run = await Run(definition);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal([1, 2, 3], attempts);
        Assert.Equal(3, run.GetStep("Fit").Attempts);
        Assert.True(run.GetStep("Fit").Duration >= TimeSpan.FromMilliseconds(140), $"backoff was {run.GetStep("Fit").Duration}");
        Assert.Equal("model", run.Output<string>("Fit"));
    }

    [Fact]
    public async Task ExhaustedRetries_FailTheStep_WithTheLastAttemptsError()
    {
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) => throw new IOException($"attempt {Step.Attempt} failed"), new StepPolicy(Retries: 2)));

        var run = await RunWithoutBackoff(definition);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal(3, run.GetStep("Fit").Attempts);
        Assert.Equal("Step 'Fit' failed: System.IO.IOException: attempt 3 failed", run.Error);
    }

    [Fact]
    public async Task NoRetries_RunsOnce()
    {
        var calls = 0;
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) => { calls++; throw new IOException("no"); }, null));

        var run = await RunWithoutBackoff(definition);

        Assert.Equal(1, calls);
        Assert.Equal(1, run.GetStep("Fit").Attempts);
    }

    [Fact]
    public async Task MetricsAndMetadata_ComeFromTheSucceedingAttempt()
    {
        var definition = Pipeline(Custom("Fit", ["value"], (_, _) =>
        {
            Step.LogMetric("loss", Step.Attempt);
            Step.LogMetadata("attempt", Step.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Step.Attempt == 1 ? throw new IOException("flaky") : ValueTask.FromResult<object?[]>([null]);
        }, new StepPolicy(Retries: 1)));

        var run = await RunWithoutBackoff(definition);

        var fit = run.GetStep("Fit");
        Assert.Equal([new KeyValuePair<string, double>("loss", 2)], fit.Metrics);
        Assert.Equal([new KeyValuePair<string, string>("attempt", "2")], fit.Metadata);
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 100)]
    [InlineData(3, 200)]
    [InlineData(8, 6400)]
    [InlineData(9, 10_000)]
    [InlineData(1000, 10_000)]
    public void Backoff_DoublesFromTheBase_UpToTheCap(int failedAttempt, int expectedMilliseconds)
        => Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), RetryBackoff.Delay(failedAttempt, RetryBackoff.DefaultBaseDelay));

    [Fact]
    public void NegativeRetryDelay_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryExecutor(TimeSpan.FromMilliseconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InProcessExecutor(TimeSpan.FromMilliseconds(-1)));
    }
}

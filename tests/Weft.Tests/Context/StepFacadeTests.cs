using Microsoft.Extensions.Logging.Abstractions;

namespace Weft.Tests.Context;

public sealed class StepFacadeTests
{
    [Fact]
    public void OutsideARun_TheFacadeGivesTheFixedDefaultContext()
    {
        Assert.Null(Step.Current);
        Assert.Equal("local", Step.RunId);
        Assert.Equal("local", Step.Name);
        Assert.Equal(1, Step.Attempt);
        Assert.Equal(StepContext.DefaultNow, Step.Now);
        Assert.Equal(StepContext.DeriveSeed(StepContext.DefaultRunSeed, "local"), Step.Seed);
        Assert.Same(NullLogger.Instance, Step.Logger);
        Assert.False(Step.CancellationToken.CanBeCanceled);
        Assert.Same(Step.Random, Step.Random);
    }

    [Fact]
    public void Enter_MakesAContextCurrent_UntilDisposed()
    {
        using var cts = new CancellationTokenSource();
        var now = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
        var context = new StepContext("run-1", "Fit", 3, 99, now, null, cts.Token);

        using (Step.Enter(context))
        {
            Assert.Same(context, Step.Current);
            Assert.Equal(("run-1", "Fit", 3, now), (Step.RunId, Step.Name, Step.Attempt, Step.Now));
            Assert.Equal(StepContext.DeriveSeed(99, "Fit"), Step.Seed);
            Assert.Equal(cts.Token, Step.CancellationToken);
            Step.LogMetric("rmse", 0.25);
            Step.LogMetadata("rows", "1000");
        }

        Assert.Null(Step.Current);
        Assert.Equal([new KeyValuePair<string, double>("rmse", 0.25)], context.Metrics);
        Assert.Equal([new KeyValuePair<string, string>("rows", "1000")], context.Metadata);
    }

    [Fact]
    public void RandomAndGuids_RepeatForTheSameSeedAndStep()
    {
        static (int, Guid) Draw()
        {
            using (Step.Enter(new StepContext("run", "Split", 1, 7, StepContext.DefaultNow, null, CancellationToken.None)))
            {
                return (Step.Random.Next(), Step.NewGuid());
            }
        }

        var first = Draw();
        var second = Draw();

        Assert.Equal(first, second);
        Assert.Equal(4, first.Item2.Version);
    }

    [Fact]
    public void DerivedSeeds_DependOnRunSeedAndStep_AndAreNonNegative()
    {
        Assert.Equal(StepContext.DeriveSeed(1, "Fit"), StepContext.DeriveSeed(1, "Fit"));
        Assert.NotEqual(StepContext.DeriveSeed(1, "Fit"), StepContext.DeriveSeed(2, "Fit"));
        Assert.NotEqual(StepContext.DeriveSeed(1, "Fit"), StepContext.DeriveSeed(1, "Fit_2"));
        Assert.All(Enumerable.Range(0, 200), i => Assert.True(StepContext.DeriveSeed(i, "Step" + i) >= 0));
    }

    [Fact]
    public void LoggingWithoutAName_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Step.LogMetric("", 1));
        Assert.Throws<ArgumentException>(() => Step.LogMetadata("", "x"));
        Assert.Throws<ArgumentNullException>(() => Step.LogMetadata("k", null!));
    }
}

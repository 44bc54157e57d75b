using System.IO.Compression;
using HousePrices;
using Microsoft.ML;

namespace Weft.IntegrationTests;

/// <summary>The HousePrices sample's Training pipeline: a real FastTree regression that must be accurate and reproducible.</summary>
public sealed class HousePricesTests
{
    // Small enough to keep each run around a second on two cores, large enough for a meaningful fit.
    private const int Houses = 1500;
    private const int Trees = 60;

    [Fact]
    public async Task Training_LearnsTheMarketFormula_AndLogsItsMetrics()
    {
        var run = await Training.RunAsync(houses: Houses, trees: Trees, options: FreshStore());

        Assert.Equal(RunStatus.Succeeded, run.Status);
        var metrics = run.Output<PriceMetrics>("Evaluate");
        Assert.Equal(300, metrics.Houses);
        Assert.InRange(metrics.RSquared, 0.95, 1);
        // The noise alone has σ = 15k, so no model can beat that RMSE by much, and a good one stays near it.
        Assert.InRange(metrics.Rmse, 12, 25);
        Assert.InRange(metrics.Mae, 9, 20);
        var logged = run.GetStep("Evaluate").Metrics.ToDictionary(m => m.Key, m => m.Value);
        Assert.Equal(["mae", "r2", "rmse"], logged.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(metrics.RSquared, logged["r2"]);
        Assert.Equal(metrics.Rmse, logged["rmse"]);
        Assert.Equal(metrics.Mae, logged["mae"]);
        Assert.Contains(run.GetStep("Fit").Metadata, m => m is { Key: "trainer", Value: "FastTree, 60 trees, 1200 houses" });

        var predictions = run.Output<List<PricePrediction>>("Predict");
        Assert.Equal(HouseMarket.Examples().Count, predictions.Count);
        Assert.All(predictions, p => Assert.InRange(Math.Abs(p.Predicted - p.Expected), 0, 40));
    }

    [Fact]
    public async Task Training_IsReproducible_AndTheRunSeedDrivesIt()
    {
        // Separate stores, so that the second run computes everything again instead of reading the first one's cache.
        var first = await Training.RunAsync(houses: Houses, trees: Trees, options: FreshStore());
        var second = await Training.RunAsync(houses: Houses, trees: Trees, options: FreshStore());
        var reseeded = await Training.RunAsync(houses: Houses, trees: Trees, options: FreshStore() with { Seed = 7 });

        Assert.All(first.Steps.Concat(second.Steps), s => Assert.False(s.Cached, s.Name));
        Assert.Equal(first.Output<PriceMetrics>("Evaluate"), second.Output<PriceMetrics>("Evaluate"));
        Assert.Equal(first.Output<List<PricePrediction>>("Predict"), second.Output<List<PricePrediction>>("Predict"));
        Assert.Equal(first.Output<List<House>>("Split", "Test"), second.Output<List<House>>("Split", "Test"));
        Assert.NotEqual(first.Output<PriceMetrics>("Evaluate"), reseeded.Output<PriceMetrics>("Evaluate"));
        Assert.NotEqual(first.Output<List<House>>("Simulate"), reseeded.Output<List<House>>("Simulate"));
    }

    [Fact]
    public async Task Training_SecondIdenticalRun_IsFullyCached_WithTheStoredModel()
    {
        var options = FreshStore();
        var first = await Training.RunAsync(houses: Houses, trees: Trees, options: options);
        var second = await Training.RunAsync(houses: Houses, trees: Trees, options: options);
        var moreTrees = await Training.RunAsync(houses: Houses, trees: Trees + 1, options: options);

        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.All(second.Steps, s => Assert.True(s.Cached, s.Name));
        Assert.Equal(first.Output<PriceMetrics>("Evaluate"), second.Output<PriceMetrics>("Evaluate"));
        var test = first.Output<List<House>>("Split", "Test");
        var ml = new MLContext(seed: 1);
        Assert.Equal(
            HousePriceModel.Predict(ml, first.Output<ITransformer>("Fit"), test),
            HousePriceModel.Predict(ml, second.Output<ITransformer>("Fit"), test));
        // The trees only reach Fit: the data steps stay cached, the model and everything scored with it are recomputed.
        Assert.Equal(["Simulate", "Split"], moreTrees.Steps.Where(s => s.Cached).Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Split_HoldsOutTheTestFraction_AndKeepsEveryHouseOnce()
    {
        var run = await Training.RunAsync(houses: 1000, trees: 5, testFraction: 0.25, options: FreshStore());

        var all = run.Output<List<House>>("Simulate");
        var train = run.Output<List<House>>("Split", "Train");
        var test = run.Output<List<House>>("Split", "Test");
        Assert.Equal(250, test.Count);
        Assert.Equal(750, train.Count);
        Assert.Equal(all.Order(HouseOrder.Instance), train.Concat(test).Order(HouseOrder.Instance));
        // A shuffled split, not the first or last quarter of the simulated houses.
        Assert.NotEqual(all.Take(250), test);
        Assert.NotEqual(all.TakeLast(250), test);
    }

    [Fact]
    public async Task Split_RejectsAFractionOutsideZeroToOne_NamingTheStep()
    {
        var run = await Training.RunAsync(houses: 100, testFraction: 1.5, options: FreshStore());

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("Split", run.Error, StringComparison.Ordinal);
        Assert.Contains("testFraction", run.Error, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Skipped, run.GetStep("Fit").Status);
    }

    [Fact]
    public async Task ModelArtifact_RoundTripsThroughTheMaterializer_ToTheSameBytesAndPredictions()
    {
        var run = await Training.RunAsync(houses: 1000, trees: 20, options: FreshStore());
        var model = run.Output<ITransformer>("Fit");
        var serializer = Training.Definition.GetNode("Fit").Outputs.Single().Serializer;
        var test = run.Output<List<House>>("Split", "Test");

        var bytes = await WriteAsync(serializer, model);
        var restored = Assert.IsAssignableFrom<ITransformer>(await serializer.ReadObjectAsync(new MemoryStream(bytes), CancellationToken.None));

        Assert.Equal(bytes, await WriteAsync(serializer, model));
        // Equal bytes above could be luck within the zip format's 2-second clock; the stamps themselves must be fixed.
        // Zip stores a zone-less clock reading, so compare readings: the bytes do not depend on the machine's time zone.
        using (var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.NotEmpty(archive.Entries);
            Assert.All(archive.Entries, e => Assert.Equal(DeterministicZip.EntryTime.DateTime, e.LastWriteTime.DateTime));
        }

        Assert.Equal(bytes, await WriteAsync(serializer, restored));
        var ml = new MLContext(seed: 1);
        Assert.Equal(HousePriceModel.Predict(ml, model, test), HousePriceModel.Predict(ml, restored, test));
        // Still ML.NET's own format: a plain MLContext loads it and knows the input schema.
        var loaded = ml.Model.Load(new MemoryStream(bytes), out var schema);
        Assert.NotNull(loaded);
        Assert.Equal(
            ["Age", "Bedrooms", "DistanceKm", "HasGarage", "Neighborhood", "Price", "Size"],
            schema.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Market_NoiseAroundTheFormula_HasTheDocumentedSpread()
    {
        var houses = HouseMarket.Sample(4000, new Random(3));
        var residuals = houses.Select(h => (double)h.Price - HouseMarket.ExpectedPrice(h)).ToArray();
        var mean = residuals.Average();
        var sd = Math.Sqrt(residuals.Sum(r => (r - mean) * (r - mean)) / residuals.Length);

        Assert.InRange(mean, -1.5, 1.5);
        Assert.InRange(sd, HouseMarket.NoiseStdDev * 0.93, HouseMarket.NoiseStdDev * 1.07);
        Assert.All(houses, h => Assert.Contains(h.Neighborhood, HouseMarket.Neighborhoods));
        Assert.Equal(HouseMarket.Neighborhoods.Length, houses.Select(h => h.Neighborhood).Distinct().Count());
    }

    private static RunOptions FreshStore() => new() { StorePath = TestStores.NewPath() };

    private static async Task<byte[]> WriteAsync(IArtifactSerializer serializer, object value)
    {
        using var stream = new MemoryStream();
        await serializer.WriteObjectAsync(value, stream, CancellationToken.None);
        return stream.ToArray();
    }

    private sealed class HouseOrder : IComparer<House>
    {
        public static readonly HouseOrder Instance = new();

        public int Compare(House? x, House? y) => string.CompareOrdinal(x?.ToString(), y?.ToString());
    }
}

using System.Globalization;
using Microsoft.ML;
using Weft;

namespace HousePrices;

/// <summary>
/// Trains a house-price regression: draw sold houses from a synthetic market, hold out a test set, fit a FastTree
/// ensemble, score it on the held-out houses and price a few example houses with the stored model.
/// </summary>
[Pipeline]
public static partial class Training
{
    static void Define(int houses = 3000, int trees = 100, double testFraction = 0.2)
    {
        var sold = Simulate(houses);
        var (train, test) = Split(sold, testFraction);
        var model = Fit(train, trees);
        Evaluate(model, test);
        Predict(model);
    }

    /// <summary>The sold houses: the market formula plus noise, drawn from the step's seeded generator.</summary>
    [Step]
    static List<House> Simulate(int houses) => HouseMarket.Sample(houses, Step.Random);

    /// <summary>A seeded shuffle, then the first <paramref name="testFraction"/> of the houses are held out.</summary>
    [Step]
    static (List<House> Train, List<House> Test) Split(List<House> houses, double testFraction)
    {
        if (testFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be between 0 and 1 (exclusive).");
        }

        var shuffled = houses.ToArray();
        Step.Random.Shuffle(shuffled);
        var testCount = (int)Math.Round(shuffled.Length * testFraction);
        return ([.. shuffled[testCount..]], [.. shuffled[..testCount]]);
    }

    [Step]
    static ITransformer Fit(List<House> train, int trees)
    {
        var ml = new MLContext(seed: Step.Seed);
        var model = HousePriceModel.CreateEstimator(ml, trees).Fit(ml.Data.LoadFromEnumerable(train));
        Step.LogMetadata("trainer", string.Create(CultureInfo.InvariantCulture, $"FastTree, {trees} trees, {train.Count} houses"));
        return model;
    }

    [Step]
    static PriceMetrics Evaluate(ITransformer model, List<House> test)
    {
        var ml = new MLContext(seed: Step.Seed);
        var scored = model.Transform(ml.Data.LoadFromEnumerable(test));
        var metrics = ml.Regression.Evaluate(scored, labelColumnName: HousePriceModel.Label, scoreColumnName: HousePriceModel.Score);
        Step.LogMetric("r2", metrics.RSquared);
        Step.LogMetric("rmse", metrics.RootMeanSquaredError);
        Step.LogMetric("mae", metrics.MeanAbsoluteError);
        return new PriceMetrics(metrics.RSquared, metrics.RootMeanSquaredError, metrics.MeanAbsoluteError, test.Count);
    }

    /// <summary>Prices <see cref="HouseMarket.Examples"/> with the model, next to what the market formula says.</summary>
    [Step]
    static List<PricePrediction> Predict(ITransformer model)
    {
        var ml = new MLContext(seed: Step.Seed);
        var examples = HouseMarket.Examples();
        var predicted = HousePriceModel.Predict(ml, model, examples);
        return [.. examples.Select((house, i) => new PricePrediction(HouseMarket.Describe(house), house.Price, predicted[i]))];
    }
}

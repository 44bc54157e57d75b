using Weft;

namespace HousePrices;

[Pipeline]
public static partial class Training
{
    private const string Title = "house prices";

    static async Task Define(DataFile houses, int trees = 200, double testFraction = 0.25)
    {
        var table = Load(houses);
        var (train, test) = Split(table, testFraction);
        var model = await Fit(train, trees);
        var metrics = Evaluate(model, test);
        var report = Reporting.Summarize(metrics, model, Title);
    }

    [Step] static HouseTable Load(DataFile file) => HouseTable.ReadCsv(file.Path);

    [Step] static (HouseTable Train, HouseTable Test) Split(HouseTable t, double testFraction) => t.Split(testFraction);

    [Step(Retries = 2), Resources(Cpu = "2", Memory = "2Gi")]
    static async Task<PriceModel> Fit(HouseTable train, int trees, CancellationToken ct = default)
    {
        await Task.Delay(1, ct);
        var rows = train.Rows;
        var meanArea = rows.Average(r => r.Area);
        var meanPrice = rows.Average(r => r.Price);
        var slope = rows.Sum(r => (r.Area - meanArea) * (r.Price - meanPrice)) / rows.Sum(r => (r.Area - meanArea) * (r.Area - meanArea));
        return new PriceModel(slope, meanPrice - slope * meanArea, trees);
    }

    [Step]
    static Metrics Evaluate(PriceModel model, HouseTable test)
    {
        var mae = test.Rows.Average(r => Math.Abs(r.Price - model.Predict(r.Area)));
        Step.LogMetric("mae", mae);
        return new Metrics(mae, test.Rows.Length);
    }
}

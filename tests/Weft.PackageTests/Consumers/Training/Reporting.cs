using System.Globalization;
using Weft;

namespace HousePrices;

public static class Reporting
{
    [Step]
    public static string Summarize(Metrics metrics, PriceModel model, string title, int digits = 2)
        => string.Create(CultureInfo.InvariantCulture,
            $"{title}: MAE {metrics.MeanAbsoluteError.ToString("F" + digits, CultureInfo.InvariantCulture)} on {metrics.Rows} rows, {model.Trees} trees");
}

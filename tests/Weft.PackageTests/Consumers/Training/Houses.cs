using System.Globalization;

namespace HousePrices;

public sealed record House(double Area, double Price);

public sealed record HouseTable(House[] Rows)
{
    public static HouseTable ReadCsv(string path) => new(File.ReadLines(path)
        .Skip(1)
        .Select(line => line.Split(','))
        .Select(cells => new House(double.Parse(cells[0], CultureInfo.InvariantCulture), double.Parse(cells[1], CultureInfo.InvariantCulture)))
        .ToArray());

    // The last rows are held out, so the test knows exactly which rows it scores.
    public (HouseTable Train, HouseTable Test) Split(double testFraction)
    {
        var test = (int)Math.Round(Rows.Length * testFraction);
        return (new HouseTable(Rows[..^test]), new HouseTable(Rows[^test..]));
    }
}

public sealed record PriceModel(double Slope, double Intercept, int Trees)
{
    public double Predict(double area) => Slope * area + Intercept;
}

public sealed record Metrics(double MeanAbsoluteError, int Rows);

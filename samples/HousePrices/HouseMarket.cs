using System.Collections.Immutable;
using System.Globalization;

namespace HousePrices;

/// <summary>
/// The synthetic market the sample learns: a known price formula, with non-linear terms so that a tree ensemble has
/// something to find, plus seeded noise. Knowing the formula lets <see cref="Training"/> show how close the model gets.
/// </summary>
public static class HouseMarket
{
    // Each neighbourhood lies in a band of distances from the centre, so distance and neighbourhood are correlated the
    // way they are in real cities; shares sum to 1.
    private static readonly ImmutableArray<Area> s_areas =
    [
        new("Old Town", Share: 0.15, Premium: 45, GarageOdds: 0.2, NearKm: 0.3, FarKm: 3),
        new("Riverside", Share: 0.15, Premium: 70, GarageOdds: 0.5, NearKm: 1, FarKm: 7),
        new("Hillside", Share: 0.2, Premium: 25, GarageOdds: 0.6, NearKm: 3, FarKm: 12),
        new("Suburbs", Share: 0.35, Premium: 0, GarageOdds: 0.85, NearKm: 8, FarKm: 25),
        new("Industrial", Share: 0.15, Premium: -35, GarageOdds: 0.4, NearKm: 2, FarKm: 10),
    ];

    /// <summary>The neighbourhoods a house can be in.</summary>
    public static readonly ImmutableArray<string> Neighborhoods = [.. s_areas.Select(a => a.Name)];

    /// <summary>Standard deviation of the sale-price noise, in thousands.</summary>
    public const double NoiseStdDev = 15;

    /// <summary>The noise-free price of a house, in thousands; <see cref="House.Price"/> is ignored.</summary>
    public static float ExpectedPrice(House house)
    {
        ArgumentNullException.ThrowIfNull(house);
        var premium = Find(house.Neighborhood).Premium;
        var price = 40
            + 2.1 * house.Size
            + 12 * house.Bedrooms
            - 1.4 * house.Age + 0.012 * house.Age * house.Age // old houses lose value until they become "historic"
            + 180 * Math.Exp(-house.DistanceKm / 6)           // the centre premium fades quickly
            + premium
            + (house.HasGarage ? 18 : 0);
        return (float)price;
    }

    /// <summary>Draws <paramref name="count"/> sold houses from the market.</summary>
    /// <param name="count">How many houses.</param>
    /// <param name="random">The source of randomness; pass <c>Step.Random</c> so that reruns reproduce.</param>
    public static List<House> Sample(int count, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(random);
        var houses = new List<House>(count);
        for (var i = 0; i < count; i++)
        {
            var area = PickArea(random.NextDouble());
            var size = (float)Math.Round(35 + 225 * Math.Pow(random.NextDouble(), 1.6), 1);
            var bedrooms = (int)Math.Clamp(Math.Round(size / 35 + Gaussian(random) * 0.7), 1, 6);
            var age = random.Next(0, 101);
            var distance = (float)Math.Round(area.NearKm + (area.FarKm - area.NearKm) * random.NextDouble(), 2);
            var garage = random.NextDouble() < area.GarageOdds;
            var house = new House(size, bedrooms, age, distance, area.Name, garage, 0);
            var price = ExpectedPrice(house) + NoiseStdDev * Gaussian(random);
            houses.Add(house with { Price = (float)Math.Round(Math.Max(price, 10), 1) });
        }

        return houses;
    }

    /// <summary>A few typical houses to price with a trained model.</summary>
    public static List<House> Examples()
    {
        List<House> examples =
        [
            new(55, 1, 90, 1.2f, "Old Town", false, 0),
            new(120, 3, 25, 4.5f, "Riverside", true, 0),
            new(95, 3, 40, 7.5f, "Hillside", false, 0),
            new(160, 4, 10, 15, "Suburbs", true, 0),
            new(70, 2, 55, 6, "Industrial", false, 0),
        ];
        return examples.ConvertAll(h => h with { Price = (float)Math.Round(ExpectedPrice(h), 1) });
    }

    /// <summary>A one-line description of a house's features.</summary>
    public static string Describe(House house)
    {
        ArgumentNullException.ThrowIfNull(house);
        return string.Create(CultureInfo.InvariantCulture,
            $"{house.Size:0} m², {house.Bedrooms} bd, {house.Age} y, {house.Neighborhood} {house.DistanceKm:0.0} km{(house.HasGarage ? ", garage" : "")}");
    }

    private static Area PickArea(double u)
    {
        foreach (var area in s_areas)
        {
            u -= area.Share;
            if (u < 0)
            {
                return area;
            }
        }

        return s_areas[^1];
    }

    private static Area Find(string neighborhood)
    {
        foreach (var area in s_areas)
        {
            if (string.Equals(area.Name, neighborhood, StringComparison.Ordinal))
            {
                return area;
            }
        }

        throw new ArgumentException($"Unknown neighbourhood '{neighborhood}'. Known: {string.Join(", ", Neighborhoods)}.", nameof(neighborhood));
    }

    // Box–Muller: a standard normal draw from two uniform draws of the caller's seeded generator.
    private static double Gaussian(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private sealed record Area(string Name, double Share, double Premium, double GarageOdds, double NearKm, double FarKm);
}

using System.Globalization;

namespace HousePrices;

/// <summary>
/// The synthetic market the sample learns: a known price formula, with non-linear terms so that a tree ensemble has
/// something to find, plus seeded noise. Knowing the formula lets <see cref="Training"/> show how close the model gets.
/// </summary>
public static class HouseMarket
{
    /// <summary>The neighbourhoods, in the order their shares and premiums are listed.</summary>
    public static readonly IReadOnlyList<string> Neighborhoods = ["Old Town", "Riverside", "Hillside", "Suburbs", "Industrial"];

    private static readonly double[] s_shares = [0.15, 0.15, 0.2, 0.35, 0.15];
    private static readonly float[] s_premiums = [45, 70, 25, 0, -35];
    private static readonly float[] s_garageOdds = [0.2f, 0.5f, 0.6f, 0.85f, 0.4f];

    // Each neighbourhood lies in a band of distances from the centre, so distance and neighbourhood are correlated
    // the way they are in real cities.
    private static readonly (float Near, float Far)[] s_distances = [(0.3f, 3), (1, 7), (3, 12), (8, 25), (2, 10)];

    /// <summary>Standard deviation of the sale-price noise, in thousands.</summary>
    public const double NoiseStdDev = 15;

    /// <summary>The noise-free price of a house, in thousands; <see cref="House.Price"/> is ignored.</summary>
    public static float ExpectedPrice(House house)
    {
        ArgumentNullException.ThrowIfNull(house);
        var premium = s_premiums[IndexOf(house.Neighborhood)];
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
            var area = PickNeighborhood(random.NextDouble());
            var (near, far) = s_distances[area];
            var size = (float)Math.Round(35 + 225 * Math.Pow(random.NextDouble(), 1.6), 1);
            var bedrooms = (int)Math.Clamp(Math.Round(size / 35 + Gaussian(random) * 0.7), 1, 6);
            var age = random.Next(0, 101);
            var distance = (float)Math.Round(near + (far - near) * random.NextDouble(), 2);
            var garage = random.NextDouble() < s_garageOdds[area];
            var house = new House(size, bedrooms, age, distance, Neighborhoods[area], garage, 0);
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

    private static int PickNeighborhood(double u)
    {
        for (var i = 0; i < s_shares.Length; i++)
        {
            u -= s_shares[i];
            if (u < 0)
            {
                return i;
            }
        }

        return s_shares.Length - 1;
    }

    private static int IndexOf(string neighborhood)
    {
        for (var i = 0; i < Neighborhoods.Count; i++)
        {
            if (string.Equals(Neighborhoods[i], neighborhood, StringComparison.Ordinal))
            {
                return i;
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
}

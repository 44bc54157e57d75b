using Weft;

namespace Reproducibility;

// Each mistake is marked with the diagnostic the build reports, placed right before the code it is reported at.
public static class Steps
{
    private static int s_calls;

    [Step] public static string Stamp(string name) => name + " " + /*WEFT1001*/DateTime.UtcNow.ToString("O");

    [Step] public static double Noise(double scale)
    {
        var random = /*WEFT1002*/new Random();
        return scale * random.NextDouble();
    }

    [Step] public static string Tag(string name) => name + "-" + /*WEFT1003*/Guid.NewGuid().ToString("N");

    [Step] public static string Machine(string name) => name + "@" + /*WEFT1004*/Environment.MachineName;

    [Step] public static int Rows(DataFile houses) => Csv.Read(houses.Path).Length - /*WEFT1005*/Csv.Read("excluded.csv").Length;

    [Step] public static async Task<int> Prices(string url) => (await /*WEFT1006*/Remote.Fetch(url)).Length;

    [Step] public static int Revision(int build) => build + /*WEFT1007*/Tools.Run("git", "rev-parse HEAD").Length;

    [Step] public static int Count(int rows)
    {
        /*WEFT1008*/s_calls++;
        return rows + /*WEFT1008*/Settings.Above(rows);
    }
}

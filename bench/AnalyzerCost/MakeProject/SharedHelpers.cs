namespace MakeProject;

/// <summary>Helpers every pipeline's steps reach through their own helpers: the deepest links of the call chains.</summary>
internal static class SharedHelpers
{
    public const string Source = """
        namespace Analyzed.Pipelines;

        internal static class Common
        {
            public static double Clamp(double value, double limit) => Bound(value, -limit, limit);

            public static double Bound(double value, double low, double high) => value < low ? low : value > high ? high : value;

            public static double Mean(double[] values) => values.Length == 0 ? 0 : Sum(values) / values.Length;

            public static double Sum(double[] values)
            {
                var total = 0.0;
                foreach (var v in values)
                {
                    total += v;
                }

                return total;
            }

            public static double StdDev(double[] values)
            {
                var mean = Mean(values);
                return values.Length == 0 ? 0 : Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Sum() / values.Length);
            }

            public static string Slug(string text)
            {
                var builder = new StringBuilder(text.Length);
                foreach (var c in text)
                {
                    builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
                }

                return builder.ToString();
            }

            public static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

            public static long StampTicks() => DateTime.UtcNow.Ticks;

            public static int Cores() => Environment.ProcessorCount;
        }

        """;
}

namespace MakeSynthetic;

/// <summary>
/// The ten artifact shapes of one pipeline, written once so that the Weft side and the System.Text.Json side hold
/// records of exactly the same shape (only a name prefix differs).
/// </summary>
internal static class RecordShapes
{
    /// <summary>Base names of the shapes, in declaration order.</summary>
    public static readonly string[] Names =
        ["Mode", "Row", "RawTable", "CleanTable", "FeatureSet", "ColumnStats", "Model", "Prediction", "Metrics", "Report"];

    public static string Declarations(string prefix, string n) => $$"""
        public enum {{prefix}}Mode{{n}}
        {
            Linear,
            Boosted,
            Forest,
        }

        public sealed record {{prefix}}Row{{n}}(int Id, string Key, double Value, double[] Features, bool Flag);

        public sealed record {{prefix}}RawTable{{n}}(string Source, List<{{prefix}}Row{{n}}> Rows);

        public sealed record {{prefix}}CleanTable{{n}}(List<{{prefix}}Row{{n}}> Rows, int Dropped, double Limit);

        public sealed record {{prefix}}FeatureSet{{n}}(string Target, string[] Columns, List<{{prefix}}Row{{n}}> Rows, bool Normalized);

        public sealed record {{prefix}}ColumnStats{{n}}(string Column, double Mean, double StdDev, double? Min, double? Max);

        public sealed record {{prefix}}Model{{n}}({{prefix}}Mode{{n}} Mode, int Iterations, double[] Weights, double Bias, Dictionary<string, double> Importance);

        public sealed record {{prefix}}Prediction{{n}}(int Id, double Expected, double Predicted);

        public sealed record {{prefix}}Metrics{{n}}(double Rmse, double Mae, double R2, long Count);

        public sealed record {{prefix}}Report{{n}}(string Title, string Label, {{prefix}}Metrics{{n}} Metrics, List<{{prefix}}ColumnStats{{n}}> Columns, Dictionary<string, string> Tags);

        """;
}

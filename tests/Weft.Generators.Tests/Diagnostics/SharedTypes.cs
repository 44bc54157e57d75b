namespace Weft.Generators.Tests.Diagnostics;

/// <summary>Artifact types every diagnostic test compiles against, so each test shows only the code that matters.</summary>
public static class SharedTypes
{
    public const string Path = "Types.cs";

    public const string Source = """
        namespace Demo;

        public sealed record Table(string Name, double[] Values);

        public sealed record Model(double Slope, double Intercept);

        public sealed record Metrics(double Rmse, int Rows);

        public enum Mode
        {
            Fast,
            Careful,
        }
        """;
}

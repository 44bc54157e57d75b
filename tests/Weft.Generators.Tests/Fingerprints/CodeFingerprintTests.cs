namespace Weft.Generators.Tests.Fingerprints;

/// <summary>
/// A step's code fingerprint follows what the step computes: the tokens of the step and of the project's code it uses,
/// transitively. Comments, whitespace, regions and step options leave it alone; a renamed local, a changed literal,
/// a helper's body or a used record's shape change it, and only for the steps that use them.
/// </summary>
public sealed class CodeFingerprintTests
{
    private const string HintName = "Demo.Stats.Pipeline.g.cs";
    private const string SharedPath = "Shared.cs";
    private const string PipelinePath = "Stats.cs";

    private const string Shared = """
        namespace Demo;

        public sealed record Sample(string Name, double[] Values);

        public sealed record Unused(int Number);

        public static class Maths
        {
            public static double Mean(double[] values) => values.Length == 0 ? 0 : Sum(values) / values.Length;

            public static double Unrelated(double value) => value + 1;

            private static double Sum(double[] values)
            {
                var total = 0.0;
                foreach (var value in values)
                {
                    total += value;
                }

                return total;
            }
        }
        """;

    private const string Pipeline = """
        using System.Linq;
        using Weft;

        namespace Demo;

        [Pipeline]
        public static partial class Stats
        {
            static void Define(int count = 10)
            {
                var sample = Make(count);
                var mean = Average(sample);
                var label = Label(sample);
                var twice = Twice(count);
            }

            [Step]
            static Sample Make(int count)
            {
                var values = Enumerable.Range(0, count).Select(i => i * 0.5).ToArray();
                return new Sample("sample", values);
            }

            [Step]
            static double Average(Sample sample) => Maths.Mean(sample.Values);

            [Step]
            static string Label(Sample sample) => sample.Name.ToUpperInvariant();

            [Step]
            static int Twice(int count) => count * 2;
        }
        """;

    private static readonly string[] s_nodes = ["Make", "Average", "Label", "Twice"];

    /// <summary>Edits that must not change any fingerprint: (file, old text, new text).</summary>
    private static readonly Dictionary<string, (string Path, string Old, string New)[]> s_neutral = new(StringComparer.Ordinal)
    {
        ["comments"] =
        [
            (PipelinePath, "        var values =", "        // halves, as doubles\n        var values = /* lazily */"),
            (PipelinePath, "    [Step]\n    static double Average", "    /// <summary>The mean.</summary>\n    [Step] // cached\n    static double Average"),
            (SharedPath, "        var total = 0.0;", "        /* running */ var total = 0.0; // sum"),
        ],
        ["whitespace"] =
        [
            (PipelinePath, "return new Sample(\"sample\", values);", "return   new Sample(\n            \"sample\",\n            values) ;"),
            (SharedPath, "public static double Mean(double[] values) =>", "public static double Mean( double[]  values )\n        =>"),
            (PipelinePath, "static int Twice(int count) => count * 2;", "static int Twice(int count)=>count*2;"),
        ],
        ["regions"] =
        [
            (PipelinePath, "    [Step]\n    static Sample Make", "    #region Steps\n    [Step]\n    static Sample Make"),
            (PipelinePath, "static int Twice(int count) => count * 2;\n", "static int Twice(int count) => count * 2;\n    #endregion\n"),
            (SharedPath, "    private static double Sum", "    #region Helpers\n    private static double Sum"),
            (SharedPath, "        return total;\n    }\n", "        return total;\n    }\n    #endregion\n"),
        ],
        ["step options"] =
        [
            (PipelinePath, "[Step]\n    static double Average", "[Step(Retries = 3)]\n    static double Average"),
            (PipelinePath, "[Step]\n    static int Twice", "[Step(Retries = 1, Cache = false, CacheVersion = \"v2\")]\n    static int Twice"),
        ],
        ["an unused helper's body"] = [(SharedPath, "value + 1", "value + 2")],
        ["an unused record's property"] = [(SharedPath, "record Unused(int Number);", "record Unused(int Number, string Extra);")],
        ["the Define body"] = [(PipelinePath, "var mean = Average(sample);", "var average = Average(sample: sample);")],
    };

    /// <summary>Edits that must change exactly the fingerprints of the listed nodes.</summary>
    private static readonly Dictionary<string, ((string Path, string Old, string New)[] Edits, string[] Changed)> s_significant = new(StringComparer.Ordinal)
    {
        ["a renamed local"] = ([(PipelinePath, "var values = Enumerable.Range(0, count).Select(i => i * 0.5).ToArray();\n        return new Sample(\"sample\", values);",
            "var items = Enumerable.Range(0, count).Select(i => i * 0.5).ToArray();\n        return new Sample(\"sample\", items);")], ["Make"]),
        ["a renamed lambda parameter"] = ([(PipelinePath, "Select(i => i * 0.5)", "Select(n => n * 0.5)")], ["Make"]),
        ["a changed literal"] = ([(PipelinePath, "i * 0.5", "i * 0.25")], ["Make"]),
        ["a changed string literal"] = ([(PipelinePath, "\"sample\"", "\"Sample\"")], ["Make"]),
        ["a called helper's body"] = ([(SharedPath, "values.Length == 0 ? 0 :", "values.Length == 0 ? double.NaN :")], ["Average"]),
        ["a transitively called helper's body"] = ([(SharedPath, "total += value;", "total += value * 1.0;")], ["Average"]),
        ["a used record's property"] = ([(SharedPath, "record Sample(string Name, double[] Values);",
            "record Sample(string Name, double[] Values)\n{\n    public int Version { get; init; }\n}")], ["Make", "Average", "Label"]),
        ["a used record's new positional member"] = ([(SharedPath, "record Sample(string Name, double[] Values);", "record Sample(string Name, double[] Values, int Size = 0);")],
            ["Make", "Average", "Label"]),
        ["an operator"] = ([(PipelinePath, "count * 2", "count << 1")], ["Twice"]),
    };

    public static TheoryData<string> NeutralEdits => new(s_neutral.Keys);

    public static TheoryData<string> SignificantEdits => new(s_significant.Keys);

    [Fact]
    public void EachStepHasItsOwnFingerprint()
    {
        var fingerprints = Base();

        Assert.Equal(s_nodes, fingerprints.Keys);
        Assert.Equal(s_nodes.Length, fingerprints.Values.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(NeutralEdits))]
    public void NeutralEdit_KeepsEveryFingerprint(string edit)
        => Assert.Equal(Base(), Edited(s_neutral[edit]));

    [Theory]
    [MemberData(nameof(SignificantEdits))]
    public void SignificantEdit_ChangesTheFingerprintsOfTheStepsThatUseIt_Only(string edit)
    {
        var (edits, expected) = s_significant[edit];
        var before = Base();
        var after = Edited(edits);

        var changed = s_nodes.Where(n => before[n] != after[n]).ToList();
        Assert.Equal(expected, changed);
    }

    [Fact]
    public void AnOverrideBody_CalledThroughItsBaseClass_ChangesTheFingerprint()
    {
        const string scalers = """
            namespace Demo;

            public abstract class Scaler
            {
                public abstract double Scale(double value);
            }

            public sealed class Doubler : Scaler
            {
                public override double Scale(double value) => value * 2;
            }
            """;
        const string pipeline = """
            using Weft;

            namespace Demo;

            [Pipeline]
            public static partial class Scaling
            {
                static void Define(double value = 1) => Apply(value);

                [Step]
                static double Apply(double value)
                {
                    Scaler scaler = new Doubler();
                    return scaler.Scale(value);
                }
            }
            """;

        var before = GeneratedFingerprints.Read([("Scalers.cs", scalers), ("Scaling.cs", pipeline)], "Demo.Scaling.Pipeline.g.cs");
        var after = GeneratedFingerprints.Read([("Scalers.cs", scalers.Replace("value * 2", "value * 3", StringComparison.Ordinal)), ("Scaling.cs", pipeline)],
            "Demo.Scaling.Pipeline.g.cs");

        Assert.NotEqual(before["Apply"], after["Apply"]);
    }

    private static IReadOnlyDictionary<string, string> Base() => GeneratedFingerprints.Read([(SharedPath, Shared), (PipelinePath, Pipeline)], HintName);

    private static IReadOnlyDictionary<string, string> Edited((string Path, string Old, string New)[] edits)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [SharedPath] = Shared, [PipelinePath] = Pipeline };
        foreach (var (path, old, replacement) in edits)
        {
            Assert.True(files[path].Contains(old, StringComparison.Ordinal), $"'{old}' is not in {path}");
            files[path] = files[path].Replace(old, replacement, StringComparison.Ordinal);
        }

        return GeneratedFingerprints.Read([(SharedPath, files[SharedPath]), (PipelinePath, files[PipelinePath])], HintName);
    }
}

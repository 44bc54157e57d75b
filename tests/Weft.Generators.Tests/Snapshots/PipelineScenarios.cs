namespace Weft.Generators.Tests.Snapshots;

/// <summary>
/// The representative pipelines the snapshot, determinism and robustness tests share: together they cover every form
/// of the body grammar, every binding kind, the option attributes and every family of artifact type.
/// </summary>
public static class PipelineScenarios
{
    /// <summary>DESIGN §1: a DataFile parameter, a tuple output, an async step with a CancellationToken, retries and resources.</summary>
    public static readonly PipelineScenario Training = new(nameof(Training),
    [
        ("Housing/Types.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Demo.Housing;

            public sealed record House(string City, double Area, double Price);

            public sealed record HouseTable(List<House> Rows)
            {
                public static HouseTable ReadCsv(string path) => new([new House(path, 120, 300_000)]);

                public (HouseTable Train, HouseTable Test) Split(double testFraction, Random random)
                {
                    var shuffled = Rows.OrderBy(_ => random.Next()).ToList();
                    var testCount = (int)Math.Round(shuffled.Count * testFraction);
                    return (new(shuffled.Skip(testCount).ToList()), new(shuffled.Take(testCount).ToList()));
                }
            }

            public sealed record ModelFile(string Path, double Slope);

            public sealed record Metrics(double Rmse, int Rows);
            """),
        ("Housing/Training.cs", """
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            namespace Demo.Housing;

            [Pipeline]
            public static partial class Training
            {
                static async Task Define(DataFile houses, int trees = 200, double testFraction = 0.2)
                {
                    var table = Load(houses);
                    var (train, test) = Split(table, testFraction);
                    var model = await Fit(train, trees);
                    var metrics = Evaluate(model, test);
                }

                [Step] static HouseTable Load(DataFile file) => HouseTable.ReadCsv(file.Path);

                [Step] static (HouseTable Train, HouseTable Test) Split(HouseTable t, double testFraction)
                    => t.Split(testFraction, Step.Random);

                [Step(Retries = 2), Resources(Cpu = "2", Memory = "2Gi")]
                static async Task<ModelFile> Fit(HouseTable train, int trees, CancellationToken ct = default)
                {
                    await Task.Delay(1, ct);
                    return new ModelFile("model.bin", train.Rows.Count * 1.0 / trees);
                }

                [Step] static Metrics Evaluate(ModelFile model, HouseTable test) => new(model.Slope, test.Rows.Count);
            }
            """),
    ], "Demo.Housing.Training.Pipeline.g.cs");

    /// <summary>Steps in another static class, called with named, omitted, const, enum and nameof arguments.</summary>
    public static readonly PipelineScenario SharedSteps = new(nameof(SharedSteps),
    [
        ("Features/FeatureSteps.cs", """
            using System.Linq;
            using Weft;

            namespace Demo.Features;

            public enum Normalization
            {
                None,
                MinMax,
                ZScore = 5,
            }

            public sealed record FeatureSet(string[] Names, double[][] Values, Normalization Normalization);

            public static class FeatureSteps
            {
                public const int DefaultWidth = 16;

                [Step]
                public static FeatureSet Extract(string source, int width = DefaultWidth, Normalization normalization = Normalization.MinMax,
                    bool dropNulls = true, string label = "features")
                    => new(Enumerable.Range(0, width).Select(i => label + source + i).ToArray(), [], dropNulls ? normalization : Normalization.None);

                [Step(Name = "Summary")]
                public static string Summarize(FeatureSet features, char separator = ',', long limit = 10L, float scale = 1.5f,
                    decimal price = 2.25m, string[]? tags = null, string? note = null)
                    => string.Join(separator, features.Names.Take((int)limit)) + scale + price + tags?.Length + note;
            }
            """),
        ("Features/Features.cs", """
            using Weft;

            namespace Demo.Features;

            [Pipeline]
            public static partial class Features
            {
                private const string Warehouse = "warehouse";

                static void Define(string[] tags, Normalization mode = Normalization.ZScore, uint limit = 7u)
                {
                    var features = FeatureSteps.Extract(Warehouse, normalization: mode, label: nameof(Features));
                    var wide = FeatureSteps.Extract(dropNulls: false, source: "lake", width: 2 * FeatureSteps.DefaultWidth);
                    FeatureSteps.Summarize(features, separator: ';', scale: -0.1f, price: 1e-3m, tags: tags);
                    FeatureSteps.Summarize(wide, limit: limit, note: nameof(Normalization.MinMax));
                }
            }
            """),
    ], "Demo.Features.Features.Pipeline.g.cs");

    /// <summary>An expression-bodied <c>void Define</c> calling a void step.</summary>
    public static readonly PipelineScenario ExpressionBodied = new(nameof(ExpressionBodied),
    [
        ("Notify.cs", """
            using System;
            using Weft;

            namespace Demo.Notifications;

            [Pipeline]
            public static partial class Notify
            {
                static void Define(string message, int repeat = 1) => Send(message, repeat);

                [Step(Cache = false)]
                static void Send(string message, int repeat)
                {
                    for (var i = 0; i < repeat; i++)
                    {
                        Console.WriteLine(message);
                    }
                }
            }
            """),
    ], "Demo.Notifications.Notify.Pipeline.g.cs");

    /// <summary>Every family of artifact type: a materialized type (on the type and on the assembly), bytes, dictionaries, nullables, a generic record.</summary>
    public static readonly PipelineScenario Payloads = new(nameof(Payloads),
    [
        ("Payloads/Types.cs", """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;
            using Weft;

            [assembly: Materializer(typeof(Demo.Payloads.Vocabulary), typeof(Demo.Payloads.VocabularyMaterializer))]

            namespace Demo.Payloads;

            /// <summary>Stands for a third-party type: no attribute of its own, only private state.</summary>
            public sealed class Vocabulary(IReadOnlyList<string> words)
            {
                public IReadOnlyList<string> Words { get; } = words;
            }

            [Materializer(typeof(TokenizerMaterializer))]
            public sealed class Tokenizer(string text)
            {
                private readonly string _text = text;

                public string Text => _text;
            }

            public sealed record Labeled<T>(string Label, T Value, T? Fallback);

            public enum Verdict : byte
            {
                Reject,
                Accept,
                Review,
            }

            public sealed class TokenizerMaterializer : IMaterializer<Tokenizer>
            {
                public async ValueTask WriteAsync(Tokenizer value, Stream destination, CancellationToken ct)
                {
                    using var writer = new StreamWriter(destination, leaveOpen: true);
                    await writer.WriteAsync(value.Text.AsMemory(), ct);
                }

                public async ValueTask<Tokenizer> ReadAsync(Stream source, CancellationToken ct)
                {
                    using var reader = new StreamReader(source, leaveOpen: true);
                    return new Tokenizer(await reader.ReadToEndAsync(ct));
                }
            }

            public sealed class VocabularyMaterializer : IMaterializer<Vocabulary>
            {
                public async ValueTask WriteAsync(Vocabulary value, Stream destination, CancellationToken ct)
                {
                    using var writer = new StreamWriter(destination, leaveOpen: true);
                    await writer.WriteAsync(string.Join('\n', value.Words).AsMemory(), ct);
                }

                public async ValueTask<Vocabulary> ReadAsync(Stream source, CancellationToken ct)
                {
                    using var reader = new StreamReader(source, leaveOpen: true);
                    return new Vocabulary((await reader.ReadToEndAsync(ct)).Split('\n'));
                }
            }
            """),
        ("Payloads/Payloads.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Weft;

            namespace Demo.Payloads;

            [Pipeline]
            public static partial class Payloads
            {
                static async Task Define(int size = 16, string? tag = null, Verdict threshold = Verdict.Review)
                {
                    var bytes = Bytes(size);
                    var counts = Count(bytes);
                    var maybe = Maybe(size);
                    var tokenizer = await Train(counts, tag);
                    var vocabulary = Vocabulary(tokenizer);
                    var (scores, missing) = await Score(tokenizer, vocabulary, bytes, maybe);
                    var verdicts = Judge(scores, missing, threshold);
                }

                [Step] static byte[] Bytes(int size) => Enumerable.Range(0, size).Select(i => (byte)i).ToArray();

                [Step] static Dictionary<string, int[]> Count(byte[] bytes) => new() { ["even"] = bytes.Where(b => b % 2 == 0).Select(b => (int)b).ToArray() };

                [Step] static int? Maybe(int size) => size > 100 ? size : null;

                [Step] static Task<Tokenizer> Train(Dictionary<string, int[]> counts, string? tag)
                    => Task.FromResult(new Tokenizer(tag + string.Join(",", counts["even"])));

                [Step] static Vocabulary Vocabulary(Tokenizer tokenizer) => new(tokenizer.Text.Split(','));

                [Step] static ValueTask<(Dictionary<string, double?> Scores, List<string>? Missing)> Score(
                    Tokenizer tokenizer, Vocabulary vocabulary, byte[] bytes, int? maybe)
                    => ValueTask.FromResult<(Dictionary<string, double?>, List<string>?)>(
                        (vocabulary.Words.ToDictionary(w => w, w => maybe is null ? (double?)null : w.Length * 1.0 / bytes.Length), null));

                [Step] static List<Labeled<Verdict?>> Judge(Dictionary<string, double?> scores, List<string>? missing, Verdict threshold)
                    => scores.Select(s => new Labeled<Verdict?>(s.Key, s.Value is null ? null : threshold, missing is null ? Verdict.Reject : null)).ToList();
            }
            """),
    ], "Demo.Payloads.Payloads.Pipeline.g.cs");

    /// <summary>A step called twice, a nested call, and arguments the compiler converts (short to int, int to long, float to double).</summary>
    public static readonly PipelineScenario Conversions = new(nameof(Conversions),
    [
        ("Arithmetic.cs", """
            using System.Globalization;
            using Weft;

            namespace Demo.Calculus;

            [Pipeline]
            public static partial class Arithmetic
            {
                static void Define(int seed = 3, short small = -2, float factor = 0.5f)
                {
                    var a = Number(seed);
                    var b = Number(small);
                    var total = Add(a, b);
                    var again = Add(Number(7), total);
                    long widened = Number(1);
                    var ratio = Scale(widened, factor);
                    Report(again, ratio, a);
                }

                [Step] static int Number(int value) => value * 2;

                [Step] static long Add(long x, long y) => x + y;

                [Step] static double Scale(double value, double factor) => value * factor;

                [Step] static string Report(long total, double ratio, double first)
                    => string.Create(CultureInfo.InvariantCulture, $"{total} {ratio} {first}");
            }
            """),
    ], "Demo.Calculus.Arithmetic.Pipeline.g.cs");

    /// <summary>A named pipeline with a schedule, an image and resources, and steps with their own image and cache options.</summary>
    public static readonly PipelineScenario Scheduled = new(nameof(Scheduled),
    [
        ("Nightly.cs", """
            using Weft;

            namespace Demo.Ops;

            [Pipeline(Name = "nightly-report")]
            [Schedule("0 3 * * *")]
            [Image("registry.example.com/weft/report@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
            [Resources(Cpu = "500m", Memory = "1Gi", Gpu = 1)]
            public static partial class NightlyReport
            {
                static void Define(string day = "today")
                {
                    var raw = Collect(day);
                    var report = Render(raw);
                    Publish(report);
                }

                [Step(Name = "collect.raw-v2", CacheVersion = "2024-06")]
                static string[] Collect(string day) => [day];

                [Step(Cache = false, Retries = 1, TimeoutSeconds = 30)]
                [Image("registry.example.com/weft/render@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210")]
                static string Render(string[] raw) => string.Join("\n", raw);

                [Step] static void Publish(string report) => System.Console.WriteLine(report);
            }
            """),
    ], "Demo.Ops.NightlyReport.Pipeline.g.cs");

    /// <summary>
    /// Names that collide with what the generator writes: parameters called <c>options</c> and <c>cancellationToken</c>, a
    /// keyword parameter, a pipeline in the global namespace, a tuple with unnamed elements.
    /// </summary>
    public static readonly PipelineScenario Collisions = new(nameof(Collisions),
    [
        ("Global.cs", """
            using Weft;

            [Pipeline]
            public static partial class GlobalPipeline
            {
                static void Define(int options, string cancellationToken, bool @class = true, double @__options = -0.0)
                {
                    var (count, text) = Pair(options, cancellationToken);
                    var __args = Use(count, text, @class, @__options);
                    Use(count: __args, text: "Ünïcödé \"quoted\"\n", @class: false, @double: double.NaN);
                }

                [Step] static (int, string) Pair(int options, string cancellationToken) => (options, cancellationToken);

                [Step] static int Use(int count, string text, bool @class, double @double) => count + text.Length + (@class ? 1 : 0) + (int)@double;
            }
            """),
    ], "GlobalPipeline.Pipeline.g.cs");

    /// <summary>Every scenario, in a fixed order.</summary>
    public static IReadOnlyList<PipelineScenario> All { get; } = [Training, SharedSteps, ExpressionBodied, Payloads, Conversions, Scheduled, Collisions];
}

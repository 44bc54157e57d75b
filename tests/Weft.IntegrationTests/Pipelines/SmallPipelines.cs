using Weft;

namespace Weft.IntegrationTests.Pipelines;

/// <summary>Expression-bodied Define with a void step.</summary>
[Pipeline]
public static partial class Expressive
{
    public static readonly List<string> Seen = [];

    static void Define(string message) => Record(message);

    [Step]
    static void Record(string message)
    {
        lock (Seen)
        {
            Seen.Add(message);
        }
    }
}

/// <summary>A step that fails once, then succeeds on retry; and one that always fails.</summary>
[Pipeline(Name = "Flaky")]
public static partial class FlakyPipeline
{
    static void Define(bool failForever = false)
    {
        var first = Unreliable(failForever);
        Downstream(first);
    }

    [Step(Retries = 2)]
    static int Unreliable(bool failForever)
    {
        if (failForever || Step.Attempt == 1)
        {
            throw new InvalidOperationException($"attempt {Step.Attempt} failed");
        }

        return Step.Attempt;
    }

    [Step]
    static int Downstream(int attempts) => attempts * 100;
}

/// <summary>Bytes, nullable values, dictionaries, arrays and a materialized type.</summary>
[Pipeline]
public static partial class Payloads
{
    static async Task Define(int size = 16)
    {
        var bytes = Bytes(size);
        var lookup = Lookup(bytes);
        var maybe = Maybe(size);
        var blob = await Blob(lookup);
        Check(bytes, lookup, maybe, blob);
    }

    [Step]
    static byte[] Bytes(int size) => Enumerable.Range(0, size).Select(i => (byte)i).ToArray();

    [Step]
    static Dictionary<string, int[]> Lookup(byte[] bytes) => new() { ["even"] = bytes.Where(b => b % 2 == 0).Select(b => (int)b).ToArray() };

    [Step]
    static int? Maybe(int size) => size > 100 ? size : null;

    [Step]
    static Task<Blob> Blob(Dictionary<string, int[]> lookup) => Task.FromResult(new Blob(string.Join(",", lookup["even"])));

    [Step]
    static string Check(byte[] bytes, Dictionary<string, int[]> lookup, int? maybe, Blob blob)
        => $"{bytes.Length}:{lookup["even"].Length}:{maybe?.ToString() ?? "none"}:{blob.Text}";
}

/// <summary>A type the generator cannot serialize itself, stored through its materializer.</summary>
[Materializer(typeof(BlobMaterializer))]
public sealed class Blob(string text)
{
    public string Text { get; } = text;

    // A private field and no settable properties: only the materializer knows how to store it.
    private readonly DateTime _loaded = DateTime.UnixEpoch;

    public DateTime Loaded => _loaded;
}

public sealed class BlobMaterializer : IMaterializer<Blob>
{
    public async ValueTask WriteAsync(Blob value, Stream destination, CancellationToken ct)
    {
        await using var writer = new StreamWriter(destination, leaveOpen: true);
        await writer.WriteAsync(value.Text.AsMemory(), ct);
    }

    public async ValueTask<Blob> ReadAsync(Stream source, CancellationToken ct)
    {
        using var reader = new StreamReader(source, leaveOpen: true);
        return new Blob(await reader.ReadToEndAsync(ct));
    }
}

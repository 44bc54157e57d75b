using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary><c>run</c> against a store, then <c>runs</c>, <c>artifacts show</c> and <c>lineage</c> reading what it recorded.</summary>
public sealed partial class StoreCommandTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task SecondIdenticalRun_IsFullyCached_AndSaysWhereItIsStored()
    {
        await RunAsync("Arithmetic");

        var second = await Shell.RunAsync("run", "Arithmetic", "--store", _store.Path);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(0 computed, 4 cached, 4 steps)", second.Output, StringComparison.Ordinal);
        Assert.Equal(4, second.OutputLines.Count(l => Regex.IsMatch(l, @"^  \w+ +cached$")));
        Assert.Contains(second.OutputLines, l => l.StartsWith($"Stored in {_store.Path}; inspect with 'runs show ", StringComparison.Ordinal));
        Assert.Contains(second.OutputLines, l => Regex.IsMatch(l, "^  Report\\.value  string  sha256:[0-9a-f]{12}  \"3\\+3\"$"));
    }

    [Fact]
    public async Task NoCache_ComputesEveryStep()
    {
        await RunAsync("Arithmetic");

        var again = await Shell.RunAsync("run", "Arithmetic", "--no-cache", "--store", _store.Path);

        Assert.Contains("(4 computed, 0 cached, 4 steps)", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsList_ShowsRunsNewestFirst_AndFilters()
    {
        var first = await RunAsync("Arithmetic");
        var failed = await RunAsync("Broken", ExitCodes.RunFailed);

        var all = await Shell.RunAsync("runs", "list", "--store", _store.Path);
        Assert.Equal(0, all.ExitCode);
        Assert.Matches(@"^  RUN +PIPELINE +STATUS +STARTED +DURATION +ERROR$", all.OutputLines[0]);
        var rows = all.OutputLines.Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("  " + first, StringComparison.Ordinal) && r.Contains(" Arithmetic ", StringComparison.Ordinal) && r.Contains(" succeeded ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("  " + failed, StringComparison.Ordinal) && r.Contains(" failed ", StringComparison.Ordinal)
            && r.Contains("Step 'Explode' failed", StringComparison.Ordinal));

        var byDefault = await Shell.RunAsync("runs", "--store", _store.Path);
        Assert.Equal(all.Output, byDefault.Output);

        var onlyFailed = await Shell.RunAsync("runs", "list", "--status", "FAILED", "--store", _store.Path);
        Assert.Equal(failed, onlyFailed.OutputLines.Skip(1).Single().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

        var onlyArithmetic = await Shell.RunAsync("runs", "list", "--pipeline", "Arithmetic", "--limit", "1", "--store", _store.Path);
        Assert.Equal(first, onlyArithmetic.OutputLines.Skip(1).Single().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

        var none = await Shell.RunAsync("runs", "list", "--pipeline", "Nope", "--store", _store.Path);
        Assert.Equal($"No runs in the store at {_store.Path} match.", Assert.Single(none.OutputLines));
    }

    [Fact]
    public async Task RunsShow_ShowsParametersStepsOutputsMetricsAndSeed_ByIdPrefix()
    {
        var runId = await RunAsync("Arithmetic", 0, "-p", "start=5", "--seed", "77");

        var result = await Shell.RunAsync("runs", "show", runId[..17], "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.Equal("Run " + runId, lines[0]);
        Assert.Contains("  Pipeline      Arithmetic (Weft.Cli.Tests.Pipelines.Arithmetic)", lines);
        Assert.Contains("  Status        succeeded", lines);
        Assert.Contains("  Seed          77", lines);
        Assert.Contains("  Store         " + _store.Path, lines);
        Assert.Contains("  start   int  5", lines);
        Assert.Contains("  factor  int  3", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  Halve +succeeded  \d+ ms$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  Report\.value +sha256:[0-9a-f]{12}  \d+ B$"));
        Assert.Contains("  Scale  product  15", lines);
        var log = lines.SkipWhile(l => l != "Logs:").Skip(1).Single(l => l.StartsWith("  Scale  ", StringComparison.Ordinal))["  Scale  ".Length..];
        Assert.Contains("Scaling 5 by 3", File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsShow_CachedSteps_NameTheRunThatComputedThem()
    {
        var first = await RunAsync("Arithmetic");
        var second = await RunAsync("Arithmetic");

        var result = await Shell.RunAsync("runs", "show", second, "--store", _store.Path);

        Assert.Contains(result.OutputLines, l => Regex.IsMatch(l, $@"^  Seed +cached +from run {first}$"));
    }

    [Fact]
    public async Task RunsShow_FailedRun_ShowsTheErrorOnOneLine()
    {
        var runId = await RunAsync("Broken", ExitCodes.RunFailed);

        var result = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);

        Assert.Contains("  Status        failed", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("  Error         Step 'Explode' failed: System.InvalidOperationException: boom 1 second line", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => Regex.IsMatch(l, @"^  Explode  failed   \d+ ms +System\.InvalidOperationException: boom 1 second line of the message$"));
        // A step that never ran has no duration, and its row does not repeat its own name.
        Assert.Contains(result.OutputLines, l => Regex.IsMatch(l, @"^  After    skipped +because step 'Explode' failed\.$"));
    }

    [Fact]
    public async Task ArtifactsShow_ShowsRecordProducerAndValue_AndWritesTheBytes()
    {
        var runId = await RunAsync("Arithmetic");
        var artifact = await OutputArtifact(runId, "Report.value");
        using var files = new TempDirectory();
        var target = Path.Combine(files.Path, "report.json");

        var result = await Shell.RunAsync("artifacts", "show", artifact, "--output", target, "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches("^Artifact sha256:[0-9a-f]{64}$", result.OutputLines[0]);
        Assert.StartsWith("Artifact " + artifact, result.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("  Type         string", result.OutputLines);
        Assert.Contains("  Stored       inline in the metadata database", result.OutputLines);
        Assert.Contains($"  Produced by  Arithmetic.Report output 'value' in run {runId}", result.OutputLines);
        Assert.Equal(["Value:", "  \"3+3\""], result.OutputLines.SkipWhile(l => l != "Value:").Take(2));
        Assert.Equal("\"3\\u002B3\"", File.ReadAllText(target));
    }

    [Fact]
    public async Task ArtifactsShow_LargeArtifact_IsAnObjectFile_AndItsDamageIsAStoreError()
    {
        var runId = await RunAsync("Bulk");
        var artifact = await OutputArtifact(runId, "Text.value");
        var shown = await Shell.RunAsync("artifacts", "show", artifact, "--store", _store.Path);
        var objectPath = shown.OutputLines.Single(l => l.StartsWith("  Stored ", StringComparison.Ordinal))["  Stored       ".Length..];
        Assert.True(File.Exists(objectPath), shown.ToString());

        File.WriteAllText(objectPath, "damaged");
        var error = await Shell.FailsAsync(ExitCodes.StoreError, "artifacts", "show", artifact, "--store", _store.Path);

        Assert.StartsWith("Artifact sha256:", error, StringComparison.Ordinal);
        Assert.Contains("is corrupt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArtifactsShow_TextThatIsNotJson_IsShownAsText_AndBinaryAsHex()
    {
        var runId = await RunAsync("Notes", 0, "-p", "lines=45");

        var text = await Shell.RunAsync("artifacts", "show", await OutputArtifact(runId, "Render.value"), "--store", _store.Path);
        var binary = await Shell.RunAsync("artifacts", "show", await OutputArtifact(runId, "Blob.value"), "--store", _store.Path);

        Assert.True(text.ExitCode == 0, text.ToString());
        var value = text.OutputLines.SkipWhile(l => l != "Value:").Skip(1).ToList();
        Assert.Equal("  Text, not JSON (846 bytes):", value[0]);
        Assert.Equal("  note 1: ünïcode", value[1]);
        Assert.Equal("  note 40: ünïcode", value[40]);
        Assert.Equal("  … 5 more lines (save the whole value with --output <file>)", value[41]);
        Assert.Equal(42, value.Count);
        Assert.Equal("  4 bytes, not JSON; starts 0001feff (save them with --output <file>)", binary.OutputLines[^1]);
    }

    [Fact]
    public async Task Lineage_OfAnArtifact_WalksBackToTheParameters()
    {
        var runId = await RunAsync("Arithmetic", 0, "-p", "start=3");
        var artifact = await OutputArtifact(runId, "Report.value");

        var result = await Shell.RunAsync("lineage", artifact, "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.StartsWith($"Lineage of artifact {artifact}", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("(Arithmetic.Report output 'value', run " + runId + "): 4 step runs, 5 artifacts", lines[0], StringComparison.Ordinal);
        Assert.Equal(["Report", "Halve", "Scale", "Seed"], lines.Where(l => Regex.IsMatch(l, @"^  \w+  \(")).Select(l => l.Trim().Split(' ')[0]));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^    in   low +Halve\.Low +sha256:[0-9a-f]{12}$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^    in   start +parameter start = 3$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^    out  value +sha256:[0-9a-f]{12}  \d+ B$"));
    }

    [Fact]
    public async Task Lineage_OfARun_CoversEveryStep_AndEqualOutputsAreOneArtifact()
    {
        // 2 * 3 = 6 halves into 3 and 3: the same bytes, so one content-addressed artifact.
        var runId = await RunAsync("Arithmetic");

        var result = await Shell.RunAsync("lineage", runId, "--store", _store.Path);

        Assert.Equal($"Lineage of run {runId} (Arithmetic, succeeded): 4 step runs, 4 artifacts", result.OutputLines[0]);
    }

    [Fact]
    public async Task Lineage_OfADataFile_ShowsItsContentHash()
    {
        using var files = new TempDirectory();
        var input = files.File("words.txt", "one two\n");
        var runId = await RunAsync("WordCount", 0, "-p", "input=" + input);

        var result = await Shell.RunAsync("lineage", runId, "--store", _store.Path);

        Assert.Contains(result.OutputLines, l => Regex.IsMatch(l, $@"^    in   file +parameter input = .*words\.txt.*  content sha256:[0-9a-f]{{12}}$"));
    }

    [Fact]
    public async Task Lineage_FormatJson_GivesFullIdsInputsAndArtifacts()
    {
        var runId = await RunAsync("Arithmetic", 0, "-p", "start=3");
        var artifact = await OutputArtifact(runId, "Report.value");

        var result = await Shell.RunAsync("lineage", artifact, "--format", "json", "--store", _store.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("}\n", result.Output, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("artifact", root.GetProperty("kind").GetString());
        Assert.StartsWith(artifact, root.GetProperty("root").GetString(), StringComparison.Ordinal);
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Seed", "Scale", "Halve", "Report"], steps.Select(s => s.GetProperty("node").GetString()));
        Assert.All(steps, s => Assert.Equal(runId, s.GetProperty("runId").GetString()));
        var start = steps.SelectMany(s => s.GetProperty("inputs").EnumerateArray()).Single(i => i.GetProperty("kind").GetString() == "parameter" && i.GetProperty("parameter").GetString() == "start");
        Assert.Equal("3", start.GetProperty("value").GetString());
        var produced = steps.SelectMany(s => s.GetProperty("outputs").EnumerateArray()).Select(o => o.GetProperty("artifact").GetString()).ToHashSet();
        var artifacts = root.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(artifacts.Order(StringComparer.Ordinal), artifacts);
        Assert.Superset(produced, artifacts.ToHashSet());
        Assert.All(artifacts, id => Assert.Matches("^sha256:[0-9a-f]{64}$", id));
    }

    [Fact]
    public async Task Lineage_UnknownFormat_IsAUsageError()
    {
        var runId = await RunAsync("Arithmetic");

        var error = await Shell.FailsAsync(ExitCodes.UsageError, "lineage", runId, "--format", "yaml", "--store", _store.Path);

        Assert.Contains("--format 'yaml' is not a lineage format: use text or json.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmbiguousRunPrefix_IsAUsageError_NamingTheCandidates()
    {
        var first = await RunAsync("Arithmetic");
        var second = await RunAsync("Arithmetic", 0, "--no-cache");
        var shared = SharedPrefix(first, second);

        foreach (var args in new[] { new[] { "runs", "show", shared }, ["lineage", shared], ["resume", shared] })
        {
            var error = await Shell.FailsAsync(ExitCodes.UsageError, [.. args, "--store", _store.Path]);

            Assert.Contains($"Run id '{shared}' is ambiguous", error, StringComparison.Ordinal);
            Assert.Contains(first, error, StringComparison.Ordinal);
            Assert.Contains(second, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AmbiguousArtifactPrefix_IsAUsageError_NamingTheCandidates()
    {
        // Sixteen runs with different starts give enough artifacts that two share a first hex digit.
        var artifacts = new List<string>();
        for (var start = 0; start < 17 && artifacts.Distinct().GroupBy(a => a[..8]).All(g => g.Count() < 2); start++)
        {
            var runId = await RunAsync("Arithmetic", 0, "-p", "start=" + start);
            var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);
            artifacts.AddRange(shown.OutputLines.Where(l => l.Contains(" sha256:", StringComparison.Ordinal) && l.StartsWith("  ", StringComparison.Ordinal))
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(w => w.StartsWith("sha256:", StringComparison.Ordinal))));
        }

        var pair = artifacts.Distinct().GroupBy(a => a[..8]).First(g => g.Count() > 1).Take(2).ToList();
        var prefix = pair[0][..8];

        var error = await Shell.FailsAsync(ExitCodes.UsageError, "artifacts", "show", prefix, "--store", _store.Path);

        Assert.Contains($"Artifact id '{prefix}' is ambiguous", error, StringComparison.Ordinal);
        Assert.Contains("Give more of the id.", error, StringComparison.Ordinal);
    }

    private static string SharedPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        Assert.True(length > 0, $"{a} and {b} share no prefix");
        return a[..length];
    }

    private async Task<string> RunAsync(string pipeline, int exitCode = 0, params string[] more)
    {
        var result = await Shell.RunAsync(["run", pipeline, "--store", _store.Path, .. more]);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        return RunIdOf(result);
    }

    private async Task<string> OutputArtifact(string runId, string output)
    {
        var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);
        return shown.OutputLines.Single(l => l.StartsWith("  " + output + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
    }

    internal static string RunIdOf(CliResult result)
        => RunLine().Match(result.Output) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException("No run line in\n" + result);

    [GeneratedRegex(@"^Run (\d{8}-\d{6}-[0-9a-f]{6}) of ", RegexOptions.Multiline)]
    private static partial Regex RunLine();
}

using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>Nullable value-type parameters (<c>int?</c>, an enum's <c>Mode?</c>): given, left out, or given as no value.</summary>
public sealed class NullableParameterTests : IDisposable
{
    private readonly TempDirectory _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Defaults_AreNoValue_OrTheDeclaredOne()
        => Assert.Equal("\"limit=none mode=none rate=0.5\"", await Described());

    [Fact]
    public async Task Values_AreParsedAsTheUnderlyingType()
        => Assert.Equal("\"limit=3 mode=Words rate=0.25\"", await Described("-p", "limit=3", "-p", "mode=words", "-p", "rate=0.25"));

    [Theory]
    [InlineData("rate=")]
    [InlineData("rate=null")]
    [InlineData("rate=NULL")]
    public async Task EmptyOrNull_IsNoValue(string pair)
        => Assert.Equal("\"limit=none mode=none rate=none\"", await Described("-p", pair));

    [Fact]
    public async Task BadValue_NamesTheParameterAndTheUnderlyingType()
        => Assert.Equal(
            "Parameter 'mode' (Weft.Cli.Tests.Pipelines.CountMode?) of pipeline 'Tuning': 'chars' is not a valid Weft.Cli.Tests.Pipelines.CountMode: expected one of Lines, Words.",
            await Shell.FailsAsync(ExitCodes.UsageError, "run", "Tuning", "-p", "mode=chars", "--store", _store.Path));

    [Fact]
    public async Task RunsShow_RecordsThemAndRunHelpListsThem()
    {
        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Tuning", "-p", "limit=7", "--store", _store.Path));

        var shown = await Shell.RunAsync("runs", "show", runId, "--store", _store.Path);
        Assert.Contains(shown.OutputLines, l => l.StartsWith("  limit ", StringComparison.Ordinal) && l.Contains("int?", StringComparison.Ordinal) && l.EndsWith(" 7", StringComparison.Ordinal));
        Assert.Contains(shown.OutputLines, l => l.StartsWith("  mode ", StringComparison.Ordinal) && l.EndsWith(" null", StringComparison.Ordinal));

        var help = await Shell.RunAsync("run", "--help");
        Assert.Contains("Tuning (parameters: limit (int?, default null), mode (Weft.Cli.Tests.Pipelines.CountMode?: Lines|Words, default null), rate (double?, default 0.5))", help.Output, StringComparison.Ordinal);
        // An enum's default reads as it is typed: unquoted.
        Assert.Contains("mode (Weft.Cli.Tests.Pipelines.CountMode: Lines|Words, default Lines)", help.Output, StringComparison.Ordinal);
    }

    private async Task<string> Described(params string[] parameters)
    {
        var result = await Shell.RunAsync(["run", "Tuning", .. parameters, "--store", _store.Path]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var line = result.OutputLines.Single(l => l.StartsWith("  Describe.value ", StringComparison.Ordinal));
        return line[(line.IndexOf('"', StringComparison.Ordinal))..];
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Weft.Cli.Tests.Infrastructure;
using Weft.Cli.Tests.Pipelines;

namespace Weft.Cli.Tests;

/// <summary><c>graph</c>: the three formats against approved snapshots, determinism, and its errors.</summary>
public sealed partial class GraphCommandTests
{
    [Fact]
    public async Task Mermaid_MatchesTheSnapshot()
    {
        var result = await Shell.RunAsync("graph", "Showcase", "--format", "mermaid");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Snapshot.Match("Showcase.mermaid", result.Output);
    }

    [Fact]
    public async Task Dot_MatchesTheSnapshot()
    {
        var result = await Shell.RunAsync("graph", "Showcase", "--format", "dot");

        Assert.Equal(0, result.ExitCode);
        Snapshot.Match("Showcase.dot", result.Output);
    }

    [Fact]
    public async Task Json_MatchesTheSnapshot_WithFingerprintsMasked()
    {
        var result = await Shell.RunAsync("graph", "Showcase", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        // Fingerprints follow the generator's hashing, which this project does not own; JsonFingerprints checks their values.
        Snapshot.Match("Showcase.json", FingerprintValue().Replace(result.Output, "$1\"<fingerprint>\""));
    }

    [Fact]
    public async Task Json_CarriesTheDefinitionsFingerprints()
    {
        var result = await Shell.RunAsync("graph", "Showcase", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(ShowcasePipeline.Definition.Nodes.Select(n => n.CodeFingerprint), nodes.Select(n => n.GetProperty("codeFingerprint").GetString()));
        Assert.Equal(
            ShowcasePipeline.Definition.Nodes.SelectMany(n => n.Outputs).Select(o => o.Serializer.SchemaFingerprint),
            nodes.SelectMany(n => n.GetProperty("outputs").EnumerateArray()).Select(o => o.GetProperty("schemaFingerprint").GetString()));
    }

    [Fact]
    public async Task Json_DescribesEveryEdgeOfTheDefinition()
    {
        var result = await Shell.RunAsync("graph", "Arithmetic", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var edges = json.RootElement.GetProperty("edges").EnumerateArray()
            .Select(e => new PipelineEdge(e.GetProperty("from").GetString()!, e.GetProperty("output").GetString()!, e.GetProperty("to").GetString()!, e.GetProperty("input").GetString()!));
        Assert.Equal(Arithmetic.Definition.Edges, edges);
    }

    [Fact]
    public async Task DefaultFormat_IsMermaid()
    {
        var withDefault = await Shell.RunAsync("graph", "Showcase");
        var mermaid = await Shell.RunAsync("graph", "Showcase", "-f", "MERMAID");

        Assert.StartsWith("flowchart LR\n", withDefault.Output, StringComparison.Ordinal);
        Assert.Equal(mermaid.Output, withDefault.Output);
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("dot")]
    [InlineData("json")]
    public async Task Output_IsTheSameOnEveryCall(string format)
    {
        var first = await Shell.RunAsync("graph", "WordCount", "--format", format);
        var second = await Shell.RunAsync("graph", "WordCount", "--format", format);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task UnknownFormat_IsAUsageErrorListingTheFormats()
    {
        var error = await Shell.FailsAsync(ExitCodes.UsageError, "graph", "Showcase", "--format", "yaml");

        Assert.StartsWith("--format 'yaml' is not a graph format: use mermaid, dot or json.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPipeline_ListsTheKnownOnes()
    {
        var error = await Shell.FailsAsync(ExitCodes.UsageError, "graph", "Nope");

        Assert.Equal($"Unknown pipeline 'Nope'. Known pipelines: {TestPipelines.Names}.", error);
    }

    [Fact]
    public async Task MissingPipeline_ListsTheKnownOnes()
    {
        var error = await Shell.FailsAsync(ExitCodes.UsageError, "graph");

        Assert.Equal($"Name a pipeline. Known pipelines: {TestPipelines.Names}.", error);
    }

    [GeneratedRegex("(\"(?:codeFingerprint|schemaFingerprint)\": )\"[0-9a-f]+\"")]
    private static partial Regex FingerprintValue();
}

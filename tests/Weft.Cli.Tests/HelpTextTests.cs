using Weft.Cli.Parameters;
using Weft.Cli.Tests.Infrastructure;

namespace Weft.Cli.Tests;

/// <summary>What <c>--help</c> says: the values an enum parameter takes, and each default once, as the user types it.</summary>
public sealed class HelpTextTests
{
    [Fact]
    public async Task RunHelp_ListsTheMembersOfEnumParameters_PlainNullableOrArray()
    {
        var help = await Shell.RunAsync("run", "--help");

        Assert.Equal(0, help.ExitCode);
        // Help wraps long descriptions to the terminal's width; the words are what matter.
        var text = string.Join(' ', help.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Audited (parameters: mode (Weft.Cli.Tests.Pipelines.CountMode: Lines|Words, default Lines), fail (bool, default false))", text, StringComparison.Ordinal);
        Assert.Contains("Tuning (parameters: limit (int?, default null), mode (Weft.Cli.Tests.Pipelines.CountMode?: Lines|Words, default null)", text, StringComparison.Ordinal);
        Assert.Contains("weights (double[]?, default null)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("enum{Lines,Words}", "Lines|Words")]
    [InlineData("nullable<enum{Lines,Words}>", "Lines|Words")]
    [InlineData("array<enum{A}>", "A")]
    [InlineData("array<nullable<enum{A,B,C}>>", "A|B|C")]
    [InlineData("enum{}", "")]
    [InlineData("int32", "")]
    [InlineData("array<int32>", "")]
    [InlineData("record{Name:string}", "")]
    public void EnumMembers_AreReadFromTheSchema(string schema, string expected)
        => Assert.Equal(expected, string.Join('|', ParameterDescriptions.EnumMembers(schema)));

    [Theory]
    [InlineData("graph", "Output format: mermaid (default), dot or json.")]
    [InlineData("lineage", "Output format: text (default) or json")]
    [InlineData("runs list", "At most this many runs, newest first (default 20).")]
    [InlineData("image containerfile", "(default 1654, the non-root 'app' user).")]
    public async Task Defaults_AreSaidOnce_InTheDescription(string command, string description)
    {
        var help = await Shell.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains(description, string.Join(' ', help.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutFormat_GraphIsMermaid_AndLineageIsText()
    {
        using var store = new TempDirectory();
        var graph = await Shell.RunAsync("graph", "Audited");
        Assert.StartsWith("flowchart LR", graph.Output, StringComparison.Ordinal);

        var runId = StoreCommandTests.RunIdOf(await Shell.RunAsync("run", "Audited", "--store", store.Path));
        var lineage = await Shell.RunAsync("lineage", runId, "--store", store.Path);
        Assert.StartsWith($"Lineage of run {runId} (Audited, succeeded)", lineage.Output, StringComparison.Ordinal);
    }
}

using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class ArgumentTests
{
    private enum Mode
    {
        Fast,
        Thorough,
    }

    [Fact]
    public async Task ParametersAndConstants_ReachTheInvoker_InInputOrder()
    {
        object?[]? received = null;
        var definition = Pipeline(
            [Parameter("trees", "int", hasDefault: true, defaultValue: 200), Parameter("name", "string")],
            Node("Load", _ => "table"),
            Node("Fit", args => { received = args; return 1; },
                From("data", "Load"), Param("trees", "trees"), Const("rate", 0.1), Param("label", "name"), Const("note", null)));

        var run = await RunWith(definition, new Dictionary<string, object?> { ["trees"] = 300, ["name"] = "price" });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(["table", 300, 0.1, "price", null], received);
    }

    [Fact]
    public async Task MissingArgumentWithDefault_GetsTheDefault()
    {
        object? received = null;
        var definition = Pipeline([Parameter("trees", "int", hasDefault: true, defaultValue: 200)], Node("Fit", args => received = args[0], Param("n", "trees")));

        await RunWith(definition, new Dictionary<string, object?>());

        Assert.Equal(200, received);
    }

    [Fact]
    public async Task MissingRequiredArgument_ThrowsNamingTheParameter()
    {
        var definition = Pipeline([Parameter("houses", "Weft.DataFile")], Node("Load", args => args[0], Param("file", "houses")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunWith(definition, new Dictionary<string, object?>()));

        Assert.Contains("'houses'", error.Message);
        Assert.Contains("no default", error.Message);
    }

    [Fact]
    public async Task UnknownArgument_ThrowsNamingItAndTheKnownParameters()
    {
        var definition = Pipeline([Parameter("trees", "int", true, 200), Parameter("depth", "int", true, 4)], Node("Fit", _ => 1));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => RunWith(definition, new Dictionary<string, object?> { ["tress"] = 3 }));

        Assert.Contains("'tress'", error.Message);
        Assert.Contains("Parameters: trees, depth", error.Message);
    }

    [Fact]
    public async Task ArgumentForAPipelineWithoutParameters_IsUnknown()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => RunWith(Pipeline(Node("A", _ => 1)), new Dictionary<string, object?> { ["x"] = 1 }));

        Assert.Contains("'x'", error.Message);
        Assert.Contains("takes no parameters", error.Message);
    }

    [Theory]
    [InlineData("int")]
    [InlineData("double")]
    [InlineData("System.Int64")]
    [InlineData("global::System.Boolean")]
    [InlineData("global::System.DateTimeOffset")]
    [InlineData("DateTime")]
    [InlineData("Guid")]
    public async Task NullForANonNullableValueType_ThrowsNamingTheParameter(string typeName)
    {
        var definition = Pipeline([Parameter("count", typeName)], Node("A", args => args[0], Param("c", "count")));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => RunWith(definition, new Dictionary<string, object?> { ["count"] = null }));

        Assert.Contains("'count'", error.Message);
        Assert.Contains("cannot be null", error.Message);
    }

    [Fact]
    public async Task NullForAnEnumWithADefault_IsRejected()
    {
        var definition = Pipeline([Parameter("mode", "Tests.Mode", true, Mode.Fast)], Node("A", args => args[0], Param("m", "mode")));

        await Assert.ThrowsAsync<ArgumentException>(() => RunWith(definition, new Dictionary<string, object?> { ["mode"] = null }));
    }

    [Theory]
    [InlineData("int?")]
    [InlineData("global::System.Nullable<global::System.Int32>")]
    [InlineData("System.Nullable`1[System.Int32]")]
    [InlineData("DateTime?")]
    [InlineData("string")]
    [InlineData("string?")]
    [InlineData("Weft.DataFile")]
    public async Task NullForAReferenceOrNullableType_IsPassedThrough(string typeName)
    {
        var received = new object();
        var definition = Pipeline([Parameter("value", typeName, true, typeName == "int?" ? 3 : null)], Node("A", args => received = args[0], Param("v", "value")));

        var run = await RunWith(definition, new Dictionary<string, object?> { ["value"] = null });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Null(received);
    }

    [Fact]
    public async Task MaxParallelismBelowOne_IsRejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Run(Pipeline(Node("A", _ => 1)), new RunOptions { MaxParallelism = 0 }));

        Assert.Contains("MaxParallelism", error.Message);
    }

    [Fact]
    public async Task NullDefinitionOrArguments_AreRejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => RunWith(null!, new Dictionary<string, object?>()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => RunWith(Pipeline(), null!));
    }
}

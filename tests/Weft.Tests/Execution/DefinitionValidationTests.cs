using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class DefinitionValidationTests
{
    [Fact]
    public async Task InputBoundToAnUnknownStep_IsRejectedBeforeAnythingRuns()
    {
        var ran = false;
        var definition = Pipeline(Node("A", _ => ran = true), Node("B", _ => 1, From("x", "Missing")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(definition));

        Assert.Contains("input 'x' of step 'B' is bound to unknown step 'Missing'", error.Message);
        Assert.False(ran);
    }

    [Fact]
    public async Task InputBoundToAnUnknownOutput_NamesIt()
    {
        var definition = Pipeline(Custom("Split", ["Train", "Test"], (_, _) => ValueTask.FromResult<object?[]>([1, 2]), null),
            Node("Fit", _ => 1, From("data", "Split", "Validation")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(definition));

        Assert.Contains("unknown output 'Validation' of step 'Split'", error.Message);
    }

    [Fact]
    public async Task InputBoundToAnUnknownParameter_NamesIt()
    {
        var definition = Pipeline(Node("Fit", _ => 1, Param("trees", "treeCount")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(definition));

        Assert.Contains("unknown parameter 'treeCount'", error.Message);
    }

    [Fact]
    public async Task Cycle_IsRejectedNamingTheStepsOnIt()
    {
        var definition = Pipeline(Node("Root", _ => 1), Node("A", _ => 1, From("b", "B")), Node("B", _ => 1, From("a", "A")));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Run(definition));

        Assert.Contains("cycle", error.Message);
        Assert.Contains("A, B", error.Message);
        Assert.DoesNotContain("Root", error.Message);
    }

    [Fact]
    public async Task DuplicateParameterNames_AreRejected()
    {
        var definition = Pipeline([Parameter("n", "int"), Parameter("n", "int")], Node("A", _ => 1));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => RunWith(definition, new Dictionary<string, object?> { ["n"] = 1 }));

        Assert.Contains("two parameters named 'n'", error.Message);
    }
}

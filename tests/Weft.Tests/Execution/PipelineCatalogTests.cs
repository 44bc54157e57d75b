using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Execution;

public sealed class PipelineCatalogTests
{
    // The catalog is process-wide, so every test registers names of its own.
    private static string UniqueName() => "Catalog" + Guid.NewGuid().ToString("N");

    private static PipelineDefinition Definition(string name, string typeName) => new(name, typeName, [], [Node("A", _ => 1)]);

    [Fact]
    public void RegisteredPipeline_IsFoundByName_AndListedInOrder()
    {
        var name = UniqueName();
        var definition = Definition(name, "Tests.One");

        PipelineCatalog.Register(name, () => definition);

        Assert.True(PipelineCatalog.TryGet(name, out var found));
        Assert.Same(definition, found);
        Assert.Contains(name, PipelineCatalog.Names);
        Assert.Equal(PipelineCatalog.Names.Order(StringComparer.Ordinal), PipelineCatalog.Names);
    }

    [Fact]
    public void UnknownName_IsNotFound()
    {
        Assert.False(PipelineCatalog.TryGet(UniqueName(), out var definition));
        Assert.Null(definition);
    }

    [Fact]
    public void RegisteringTheSamePipelineAgain_IsAllowed()
    {
        // A module initializer can run once per load context; the same class registering twice is not a conflict.
        var name = UniqueName();
        PipelineCatalog.Register(name, () => Definition(name, "Tests.Same"));
        var second = Definition(name, "Tests.Same");

        PipelineCatalog.Register(name, () => second);

        Assert.True(PipelineCatalog.TryGet(name, out var found));
        Assert.Same(second, found);
    }

    [Fact]
    public void TwoPipelineClassesWithOneName_AreRejectedNamingBoth()
    {
        var name = UniqueName();
        PipelineCatalog.Register(name, () => Definition(name, "Tests.First"));

        var error = Assert.Throws<InvalidOperationException>(() => PipelineCatalog.Register(name, () => Definition(name, "Tests.Second")));

        Assert.Contains($"'{name}'", error.Message);
        Assert.Contains("Tests.First", error.Message);
        Assert.Contains("Tests.Second", error.Message);
        Assert.True(PipelineCatalog.TryGet(name, out var kept));
        Assert.Equal("Tests.First", kept.TypeName);
    }

    [Fact]
    public void EmptyNameOrMissingFactory_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => PipelineCatalog.Register("", () => Definition("x", "Tests.X")));
        Assert.Throws<ArgumentNullException>(() => PipelineCatalog.Register(UniqueName(), null!));
    }
}

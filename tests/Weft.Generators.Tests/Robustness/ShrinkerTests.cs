namespace Weft.Generators.Tests.Robustness;

/// <summary>The shrinker keeps only what a failure needs, so a report shows the few lines that matter.</summary>
public sealed class ShrinkerTests
{
    [Fact]
    public void Shrink_KeepsOnlyTheLinesAndTokensTheFailureNeeds()
    {
        const string text = "class A\n{\n    int x = 1;\n    void Boom() { Explode(1, 2); }\n    int y = 2;\n}\n";

        var shrunk = Shrinker.Shrink(text, t => t.Contains("Explode", StringComparison.Ordinal));

        Assert.Equal("Explode", shrunk.Trim());
    }

    [Fact]
    public void Shrink_ReturnsTheInput_WhenNothingCanGo()
    {
        const string text = "Boom";

        Assert.Equal(text, Shrinker.Shrink(text, t => t == text));
    }
}

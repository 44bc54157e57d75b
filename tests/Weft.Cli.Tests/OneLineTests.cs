namespace Weft.Cli.Tests;

/// <summary>Error messages are flattened to one line whatever they hold.</summary>
public sealed class OneLineTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("first\nsecond", "first second")]
    [InlineData("first\r\n\r\n  second\t third\n", "first   second  third")]
    [InlineData("\nleading", "leading")]
    [InlineData("bell\u0007ring", "bell ring")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Of_JoinsLinesWithSpaces(string? text, string expected) => Assert.Equal(expected, OneLine.Of(text));
}

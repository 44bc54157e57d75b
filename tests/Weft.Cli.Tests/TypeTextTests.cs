namespace Weft.Cli.Tests;

/// <summary>Type names in tables read as C# a user writes.</summary>
public sealed class TypeTextTests
{
    [Theory]
    [InlineData("global::System.Int32", "int")]
    [InlineData("System.String[]", "string[]")]
    [InlineData("global::Weft.DataFile", "DataFile")]
    [InlineData("System.Collections.Generic.List<HousePrices.House>", "List<HousePrices.House>")]
    [InlineData("System.Collections.Generic.Dictionary<System.String, System.Double[]>", "Dictionary<string, double[]>")]
    [InlineData("Demo.System.Int32Wrapper", "Demo.System.Int32Wrapper")]
    [InlineData("Demo.Houses", "Demo.Houses")]
    public void Short_ReadsAsCSharp(string typeName, string expected) => Assert.Equal(expected, TypeText.Short(typeName));
}

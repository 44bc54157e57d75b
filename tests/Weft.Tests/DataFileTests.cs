namespace Weft.Tests;

public sealed class DataFileTests
{
    [Fact]
    public void RelativePath_IsKeptAsGiven_AndResolvedAgainstTheWorkingDirectory()
    {
        var file = DataFile.From(Path.Combine("data", "houses.csv"));

        Assert.Equal(Path.Combine("data", "houses.csv"), file.Path);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "houses.csv")), file.FullPath);
        Assert.Equal(file.Path, file.ToString());
    }

    [Fact]
    public void FileUri_BecomesALocalPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "weft", "houses.csv");

        var file = DataFile.From(new Uri(path).AbsoluteUri);

        Assert.Equal(path, file.Path);
    }

    [Theory]
    [InlineData("https://example.com/houses.csv")]
    [InlineData("s3://bucket/houses.csv")]
    public void OtherUriSchemes_AreRejected(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => DataFile.From(uri));

        Assert.Contains(uri, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyPaths_AreRejected(string path) => Assert.Throws<ArgumentException>(() => DataFile.From(path));

    [Fact]
    public void NullPath_IsRejected() => Assert.Throws<ArgumentNullException>(() => DataFile.From(null!));

    [Fact]
    public void Equality_FollowsTheResolvedPath()
    {
        var relative = DataFile.From("houses.csv");
        var absolute = DataFile.From(Path.GetFullPath("houses.csv"));

        Assert.Equal(relative, absolute);
        Assert.Equal(relative.GetHashCode(), absolute.GetHashCode());
        Assert.NotEqual(relative, DataFile.From("other.csv"));
        Assert.False(relative.Equals(null));
    }

    [Fact]
    public void OpenRead_ReadsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"weft-datafile-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "sqft,price\n100,2\n");
        try
        {
            using var reader = new StreamReader(DataFile.From(path).OpenRead());

            Assert.Equal("sqft,price\n100,2\n", reader.ReadToEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }
}

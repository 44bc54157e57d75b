namespace Weft.ContainerTests;

/// <summary>How the image a run records is put together from <c>WEFT_IMAGE</c> and <c>WEFT_IMAGE_DIGEST</c>.</summary>
public sealed class ContainerImageTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(" ", "", null)]
    [InlineData("registry.example/prices:1", null, "registry.example/prices:1")]
    [InlineData("registry.example/prices:1", Digest, "registry.example/prices:1@" + Digest)]
    [InlineData("registry.example/prices@" + Digest, "sha256:ffff", "registry.example/prices@" + Digest)]
    [InlineData(null, Digest, Digest)]
    public void Describe_PinsTheReferenceWithTheDigest_WhenBothAreKnown(string? reference, string? digest, string? expected)
        => Assert.Equal(expected, ContainerImage.Describe(reference, digest));
}

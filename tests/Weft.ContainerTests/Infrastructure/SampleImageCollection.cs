namespace Weft.ContainerTests.Infrastructure;

/// <summary>The tests that share the one build of the sample's image.</summary>
[CollectionDefinition(Name)]
public sealed class SampleImageCollection : ICollectionFixture<SampleImageFixture>
{
    public const string Name = "sample image";
}

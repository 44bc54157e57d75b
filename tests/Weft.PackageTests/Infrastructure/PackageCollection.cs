namespace Weft.PackageTests.Infrastructure;

/// <summary>All package tests share one packed feed; they run one after another, as each drives whole builds.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Weft package";
}

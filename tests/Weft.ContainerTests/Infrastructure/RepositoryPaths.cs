using System.Reflection;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>The repository under test (the folder above the test binaries that holds <c>Dsl.sln</c>) and its files.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    /// <summary>The configuration these tests were built in; the sample was built in the same one.</summary>
    public static string Configuration { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public static string ContainersFolder => Path.Combine(Root, "build", "containers");

    public static string HousePricesProject => Path.Combine(Root, "samples", "HousePrices", "HousePrices.csproj");

    /// <summary>The sample's framework-dependent build, which the test project's reference builds first.</summary>
    public static string HousePricesDll => Path.Combine(Root, "samples", "HousePrices", "bin", Configuration, "net10.0", "HousePrices.dll");

    public static string Snapshot(string name) => Path.Combine(AppContext.BaseDirectory, "Snapshots", name);

    /// <summary>The same snapshot in the source tree, where an accepted change is written.</summary>
    public static string SourceSnapshot(string name) => Path.Combine(Root, "tests", "Weft.ContainerTests", "Snapshots", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Dsl.sln above '{AppContext.BaseDirectory}': run the tests from a checkout of the repository.");
    }
}

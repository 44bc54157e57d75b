namespace Weft.PackageTests.Infrastructure;

/// <summary>Where the repository under test is: the folder above the test binaries that holds <c>Dsl.sln</c>.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string WeftProject => Path.Combine(Root, "src", "Weft", "Weft.csproj");

    public static string KubernetesProject => Path.Combine(Root, "src", "Weft.Kubernetes", "Weft.Kubernetes.csproj");

    public static string PackagesProps => Path.Combine(Root, "Directory.Packages.props");

    /// <summary>A consumer project's sources, copied next to the test binaries from <c>Consumers/</c>.</summary>
    public static string ConsumerSources(string name) => Path.Combine(AppContext.BaseDirectory, "Consumers", name);

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

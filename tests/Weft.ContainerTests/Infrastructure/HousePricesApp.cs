namespace Weft.ContainerTests.Infrastructure;

/// <summary>The sample's generated command line, run from its framework-dependent build on the host.</summary>
internal static class HousePricesApp
{
    public static Task<ProcessResult> RunAsync(params string[] arguments)
        => ProcessRunner.RunAsync("dotnet", [RepositoryPaths.HousePricesDll, .. arguments], TimeSpan.FromMinutes(1));
}

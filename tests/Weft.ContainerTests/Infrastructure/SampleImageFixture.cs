using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>
/// Builds the sample's image once for all container tests, offline: the host-library base image
/// (build/containers/make-base-image.sh, reused while the host's libraries stay the same), a local registry holding it,
/// then <c>dotnet publish -t:PublishContainer</c> of samples/HousePrices into an archive that podman loads.
/// The image is removed again at the end; the base image stays as the cache.
/// </summary>
public sealed class SampleImageFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromMinutes(5);

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "weft-container-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20]);
    private SampleImage? _image;
    private Exception? _failure;

    /// <summary>The image, or the reason there is none (a missing tool, a failed build) as an exception.</summary>
    internal SampleImage Image => _image ?? throw new InvalidOperationException($"The sample's image was not built: {_failure?.Message}", _failure);

    /// <summary>Seconds each stage of the build took, for the test log.</summary>
    internal IReadOnlyList<string> Timings { get; private set; } = [];

    /// <summary>A fresh folder under this fixture's scratch space, removed with it.</summary>
    internal string NewFolder(string name)
    {
        var folder = Path.Combine(_scratch, $"{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task InitializeAsync()
    {
        if (ContainerTools.Problem is { } problem)
        {
            _failure = new InvalidOperationException("The container tests cannot run: " + problem);
            return;
        }

        try
        {
            _image = await BuildAsync();
        }
        catch (Exception ex)
        {
            // Every test of the collection reports this, instead of xunit's one fixture error without the tool's output.
            _failure = ex;
        }
    }

    public async Task DisposeAsync()
    {
        if (_image is not null)
        {
            await Podman.RunAsync("rmi", "--force", _image.Reference);
        }

        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Scratch space; a leftover is harmless.
        }
    }

    private async Task<SampleImage> BuildAsync()
    {
        Directory.CreateDirectory(_scratch);
        var timings = new List<string>();
        var clock = Stopwatch.StartNew();

        var script = Path.Combine(RepositoryPaths.ContainersFolder, "make-base-image.sh");
        var baseImage = (await ProcessRunner.RunAsync("bash", [script], TimeSpan.FromMinutes(2))).EnsureSuccess("make-base-image.sh").Trim();
        timings.Add($"base image {baseImage}: {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        await using var registry = await LocalRegistry.StartAsync(_scratch);
        var registryBase = $"{registry.Address}/{baseImage[(baseImage.IndexOf('/') + 1)..]}";
        await Podman.OutputAsync("push", "--quiet", "--tls-verify=false", baseImage, registryBase);
        timings.Add($"registry and push: {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var tag = Path.GetFileName(_scratch);
        var archive = Path.Combine(_scratch, "houseprices.tar");
        var publishDirectory = Path.Combine(_scratch, "publish") + Path.DirectorySeparatorChar;
        var rid = "linux-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        // The test project's reference built the sample and its references already: publish only re-targets the sample.
        (await ProcessRunner.RunAsync("dotnet",
            [
                "publish", RepositoryPaths.HousePricesProject, "-c", RepositoryPaths.Configuration, "-r", rid, "--self-contained",
                "-t:PublishContainer", "-tl:off", "-nologo",
                "-p:BuildProjectReferences=false",
                $"-p:PublishDir={publishDirectory}",
                $"-p:ContainerBaseImage={registryBase}",
                "-p:ContainerRepository=weft-tests/houseprices",
                $"-p:ContainerImageTag={tag}",
                $"-p:ContainerArchiveOutputPath={archive}",
            ],
            s_publishTimeout)).EnsureSuccess("Publishing the sample's image");
        timings.Add($"dotnet publish -t:PublishContainer: {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var loaded = await Podman.OutputAsync("load", "--input", archive);
        var reference = loaded.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("Loaded image", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim()).Single();
        using var inspect = JsonDocument.Parse(await Podman.OutputAsync("image", "inspect", reference));
        var image = inspect.RootElement[0];
        timings.Add($"podman load: {clock.Elapsed.TotalSeconds:F1} s");
        Timings = timings;

        return new SampleImage(reference, $"weft-tests/houseprices:{tag}", baseImage, publishDirectory,
            image.GetProperty("Config").Clone(), image.GetProperty("Size").GetInt64());
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>
/// A docker-registry on a free loopback port with its storage in a scratch folder: the SDK's container publishing takes
/// its base image only from a registry, and a <c>localhost:port</c> one is spoken to over plain HTTP.
/// </summary>
internal sealed class LocalRegistry : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _storage;

    private LocalRegistry(Process process, string storage, int port)
    {
        _process = process;
        _storage = storage;
        Address = $"localhost:{port}";
    }

    /// <summary><c>localhost:port</c>, the prefix of image references in this registry.</summary>
    public string Address { get; }

    public static async Task<LocalRegistry> StartAsync(string scratch)
    {
        var port = FreePort();
        var storage = Path.Combine(scratch, "registry");
        Directory.CreateDirectory(storage);
        var start = new ProcessStartInfo(ContainerTools.Registry)
        {
            ArgumentList = { "serve", Path.Combine(RepositoryPaths.ContainersFolder, "registry.yml") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["REGISTRY_HTTP_ADDR"] = $"127.0.0.1:{port}";
        start.Environment["REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY"] = storage;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start docker-registry.");
        var log = new List<string>();
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var registry = new LocalRegistry(process, storage, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_startTimeout && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/v2/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return registry;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await registry.DisposeAsync();
        string said;
        lock (log)
        {
            said = string.Join(Environment.NewLine, log);
        }

        throw new InvalidOperationException($"docker-registry did not answer on 127.0.0.1:{port} within {s_startTimeout.TotalSeconds} s.{Environment.NewLine}{said}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
            // Scratch space; a leftover is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Keep(List<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.Add(line);
            if (log.Count > 50)
            {
                log.RemoveAt(0);
            }
        }
    }
}

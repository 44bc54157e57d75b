using System.Diagnostics;
using System.Text;
using k8s.Models;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// A pod's single container run as a local process: the image's entrypoint (as <see cref="HostEntrypoint"/> says it is on
/// this machine) with the container's args and env, where every volume mount path is replaced by the host folder behind
/// the volume's claim (seen at a path of the pod's own, <see cref="PodFileSystem"/>), in a working directory of the pod's own.
/// Its combined output is the pod's log.
/// </summary>
internal sealed class ContainerProcess
{
    private readonly StringBuilder _log = new();

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Runs the container to its end; a cancelled token kills it (exit code 137, as SIGKILL leaves it).</summary>
    public async Task<int> RunAsync(HostEntrypoint entrypoint, V1Container container, PodFileSystem files, CancellationToken cancellationToken)
    {
        var mounts = files.Mounts;
        var start = new ProcessStartInfo(entrypoint.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = files.WorkingDirectory,
        };
        foreach (var argument in entrypoint.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (container.Command is { Count: > 0 })
        {
            throw new NotSupportedException($"The test server runs the image's entrypoint; container command '{container.Command[0]}' would replace it.");
        }

        var variables = (container.Env ?? []).Where(e => e.Value is not null).ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        foreach (var argument in container.Args ?? [])
        {
            start.ArgumentList.Add(Map(Expand(argument, variables), mounts));
        }

        start.Environment.Remove("WEFT_STORE");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var variable in container.Env ?? [])
        {
            start.Environment[variable.Name] = Map(variable.Value ?? "", mounts);
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return 137;
        }

        // WaitForExitAsync returns once the output streams are drained as well.
        return process.ExitCode;
    }

    public void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Append(line).Append('\n');
        }
    }

    /// <summary>
    /// <c>$(NAME)</c> in an argument replaced with the container's variable NAME, <c>$$</c> with <c>$</c>, and a reference
    /// to an unknown variable left as it is: what Kubernetes does to a container's args.
    /// </summary>
    private static string Expand(string argument, IReadOnlyDictionary<string, string> variables)
        => System.Text.RegularExpressions.Regex.Replace(argument, @"\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)",
            m => m.Value == "$$" ? "$" : variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static string Map(string value, IReadOnlyDictionary<string, string> mounts)
    {
        foreach (var (mountPath, hostPath) in mounts)
        {
            if (value.StartsWith(mountPath, StringComparison.Ordinal)
                && (value.Length == mountPath.Length || value[mountPath.Length] == '/'))
            {
                return hostPath + value[mountPath.Length..];
            }

            value = value.Replace("=" + mountPath, "=" + hostPath, StringComparison.Ordinal);
        }

        return value;
    }
}

using System.Diagnostics;
using System.Reflection;

namespace Weft;

/// <summary>
/// Launches each step as a child process of a program that serves the Weft command line (by default this program itself),
/// capturing its console into the task folder. Cancellation kills the child's whole process tree.
/// </summary>
public sealed class ProcessStepLauncher : StepLauncher
{
    private readonly Lazy<(string FileName, string[] Arguments)> _program;

    /// <summary>
    /// Launches this program: <see cref="Environment.ProcessPath"/>, or <c>dotnet &lt;entry assembly&gt;</c> when the program
    /// is hosted by <c>dotnet</c>.
    /// </summary>
    public ProcessStepLauncher()
    {
        _program = new(ThisProgram);
    }

    /// <summary>Launches another program that serves the same pipelines (<c>dotnet app.dll</c>: <c>dotnet</c> with <c>app.dll</c> first).</summary>
    /// <param name="fileName">The executable.</param>
    /// <param name="leadingArguments">Arguments before <c>step …</c>.</param>
    public ProcessStepLauncher(string fileName, IEnumerable<string> leadingArguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(leadingArguments);
        _program = new((fileName, [.. leadingArguments]));
    }

    /// <summary>The executable each step process runs.</summary>
    /// <exception cref="InvalidOperationException">This program's executable or entry assembly is unknown.</exception>
    public string FileName => _program.Value.FileName;

    /// <summary>The arguments before <c>step …</c>.</summary>
    public IReadOnlyList<string> LeadingArguments => _program.Value.Arguments;

    /// <inheritdoc />
    public override async Task<int> LaunchAsync(StepLaunch launch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        cancellationToken.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo(FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in LeadingArguments.Concat(launch.Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new StepProcessException($"could not start its process ({FileName}): {ex.Message}");
        }

        process.StandardInput.Close();
        await using var stdout = new FileStream(launch.Files.StdoutPath, FileMode.Create, FileAccess.Write, FileShare.Read);
        await using var stderr = new FileStream(launch.Files.StderrPath, FileMode.Create, FileAccess.Write, FileShare.Read);

        // The copies end when the child's pipes close, which they do when it exits or is killed: they need no token.
        var copies = Task.WhenAll(
            process.StandardOutput.BaseStream.CopyToAsync(stdout, CancellationToken.None),
            process.StandardError.BaseStream.CopyToAsync(stderr, CancellationToken.None));
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            await copies.ConfigureAwait(false);
            throw;
        }

        await copies.ConfigureAwait(false);
        return process.ExitCode;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own meanwhile.
        }
    }

    private static (string FileName, string[] Arguments) ThisProgram()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("This process's executable is unknown, so it cannot launch itself for a step.");
        if (!string.Equals(Path.GetFileNameWithoutExtension(path), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return (path, []);
        }

        // Hosted by dotnet: the program is the entry assembly, next to this process's other files.
        var entry = Assembly.GetEntryAssembly()?.GetName().Name
            ?? throw new InvalidOperationException("This process has no entry assembly, so it cannot launch itself for a step.");
        return (path, [Path.Combine(AppContext.BaseDirectory, entry + ".dll")]);
    }
}

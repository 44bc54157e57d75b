using System.Diagnostics;
using System.Text.Json;

namespace RuntimeBench;

/// <summary>Runs one case in a fresh process, so that its peak memory and JIT state are its own.</summary>
internal static class Child
{
    public static CaseResult Run(string shape, int n, string executor)
    {
        var self = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ProcessStartInfo(self) { ArgumentList = { typeof(Child).Assembly.Location } }
            : new ProcessStartInfo(self);
        start.ArgumentList.Add(shape);
        start.ArgumentList.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(executor);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Case {executor} {shape} {n} failed with exit code {process.ExitCode}.");
        }

        return JsonSerializer.Deserialize(output.Trim().Split('\n')[^1], BenchJson.Default.CaseResult)!;
    }
}

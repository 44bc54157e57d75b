using System.Diagnostics;

namespace Reproducibility;

// Helpers the steps call: what they do is reported at the step's call. Nothing here is reported on its own.
public static class Csv
{
    public static string[] Read(string path) => File.ReadAllLines(path);
}

public static class Remote
{
    private static readonly HttpClient s_http = new();

    public static Task<string> Fetch(string url) => s_http.GetStringAsync(url);
}

public static class Tools
{
    public static string Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        return process.StandardOutput.ReadToEnd();
    }
}

public static class Settings
{
    public static int Threshold { get; set; } = 10;

    public static int Above(int rows) => rows > Threshold ? 1 : 0;
}

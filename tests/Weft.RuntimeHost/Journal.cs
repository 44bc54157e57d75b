namespace Weft.RuntimeHost;

/// <summary>
/// A file each step appends a line to when it runs (<c>run node attempt</c>), so that a test can tell which steps ran in
/// which process even when that process was killed.
/// </summary>
public static class Journal
{
    private static readonly Lock s_gate = new();

    public static void Write(string path, string entry)
    {
        lock (s_gate)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            using var writer = new StreamWriter(stream);
            writer.WriteLine($"{Step.RunId} {Step.Name} {Step.Attempt} {entry}");
        }
    }

    /// <summary>The entries of a journal: run id, node and attempt.</summary>
    public static IReadOnlyList<(string RunId, string Node, int Attempt)> Read(string path)
        => File.Exists(path)
            ? [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(' ')).Select(p => (p[0], p[1], int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)))]
            : [];
}

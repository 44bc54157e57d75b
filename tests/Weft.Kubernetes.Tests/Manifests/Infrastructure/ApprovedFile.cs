using System.Runtime.CompilerServices;
using System.Text;

namespace Weft.Kubernetes.Tests.Manifests.Infrastructure;

/// <summary>
/// Approved-file snapshots kept by hand: text is compared with <c>Snapshots/{name}.verified.yaml</c>. On a mismatch the
/// text goes to <c>.received.yaml</c> and the test fails with the first differing lines; with <c>WEFT_ACCEPT=1</c> the
/// text is approved instead.
/// </summary>
public static class ApprovedFile
{
    public static void Verify(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(ManifestsDirectory(sourceFile), "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.yaml");
        var received = Path.Combine(directory, name + ".received.yaml");
        var text = actual.ReplaceLineEndings("\n");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (Environment.GetEnvironmentVariable("WEFT_ACCEPT") == "1")
        {
            File.WriteAllText(verified, text, utf8);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == text)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text, utf8);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}; the text was written to {received}. Review it, then rename it or run with WEFT_ACCEPT=1."
            : $"Snapshot {Path.GetFileName(verified)} differs; the text was written to {received} (WEFT_ACCEPT=1 approves it).\n{Diff(expected, text)}");
    }

    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var builder = new StringBuilder($"First difference at line {first + 1}:\n");
        for (var i = first; i < first + 6 && (i < left.Length || i < right.Length); i++)
        {
            builder.Append($"{i + 1,5} - ").Append(i < left.Length ? left[i] : "<end>").Append('\n');
            builder.Append($"{i + 1,5} + ").Append(i < right.Length ? right[i] : "<end>").Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// The Manifests folder of the test sources. A deterministic CI build maps source paths (to <c>/_/…</c>), so when the
    /// folder does not exist it is looked for above the test binaries.
    /// </summary>
    private static string ManifestsDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(Path.GetDirectoryName(sourceFile)) ?? string.Empty;
        if (Directory.Exists(Path.Combine(directory, "Snapshots")))
        {
            return directory;
        }

        var relative = Path.Combine("tests", "Weft.Kubernetes.Tests", "Manifests");
        for (var root = new DirectoryInfo(AppContext.BaseDirectory); root is not null; root = root.Parent)
        {
            var candidate = Path.Combine(root.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"Cannot find {relative} above {AppContext.BaseDirectory}.");
    }
}

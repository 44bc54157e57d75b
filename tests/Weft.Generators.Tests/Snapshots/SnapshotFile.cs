using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Weft.Generators.Tests.Snapshots;

/// <summary>
/// Approved-file snapshots: text is compared with <c>{TestClass}.{TestName}.verified.cs</c> beside the test's source file.
/// On a mismatch the text is written to <c>.received.cs</c> and the test fails with the first differing lines;
/// with <c>WEFT_ACCEPT=1</c> the text is approved instead (the verified file is overwritten).
/// </summary>
public static partial class SnapshotFile
{
    public const string AcceptVariable = "WEFT_ACCEPT";

    private const int DiffLines = 8;

    /// <summary>Compares <paramref name="actual"/> (scrubbed) with the approved file of the calling test.</summary>
    /// <param name="actual">The text to compare.</param>
    /// <param name="testName">Supplied by the compiler: the calling test method.</param>
    /// <param name="sourceFile">Supplied by the compiler: the calling test's source file, named after its class.</param>
    public static void Verify(string actual, [CallerMemberName] string testName = "", [CallerFilePath] string sourceFile = "")
    {
        var directory = LocateDirectory(sourceFile);
        var baseName = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName;
        Verify(actual, Path.Combine(directory, baseName + ".verified.cs"), Path.Combine(directory, baseName + ".received.cs"),
            Environment.GetEnvironmentVariable(AcceptVariable) == "1");
    }

    /// <summary>The comparison itself, with explicit paths (so that it can be tested on its own).</summary>
    public static void Verify(string actual, string verifiedPath, string receivedPath, bool accept)
    {
        var text = Normalize(Scrub(actual));
        if (accept)
        {
            File.WriteAllText(verifiedPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == text)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = expected is null
            ? $"No approved snapshot {verifiedPath}; the text was written to {receivedPath}. Review it, then rename it or run with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs; the text was written to {receivedPath} " +
              $"(run with {AcceptVariable}=1 to approve it).{Environment.NewLine}{Diff(expected, text)}";
        Assert.Fail(message);
    }

    /// <summary>Replaces what legitimately changes between builds (the generator's version) with placeholders.</summary>
    public static string Scrub(string text) => GeneratedCodeVersion().Replace(text, "$1{version}$2");

    /// <summary>The lines from where <paramref name="expected"/> and <paramref name="actual"/> part ways: differing ones as '-'/'+' pairs.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var builder = new StringBuilder();
        builder.Append("First difference at line ").Append(first + 1)
            .Append($" (approved has {left.Length} lines, received {right.Length}):").Append(Environment.NewLine);
        for (var i = first; i < first + DiffLines && (i < left.Length || i < right.Length); i++)
        {
            var expectedLine = i < left.Length ? left[i] : "<end of file>";
            var actualLine = i < right.Length ? right[i] : "<end of file>";
            if (expectedLine == actualLine)
            {
                builder.Append($"{i + 1,5}   ").Append(expectedLine).Append(Environment.NewLine);
                continue;
            }

            builder.Append($"{i + 1,5} - ").Append(expectedLine).Append(Environment.NewLine);
            builder.Append($"{i + 1,5} + ").Append(actualLine).Append(Environment.NewLine);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The folder of <paramref name="sourceFile"/>. A deterministic CI build maps source paths (to <c>/_/...</c>), so when
    /// that folder does not exist the same relative folder is looked for above the test binaries.
    /// </summary>
    public static string LocateDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? string.Empty;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var relative = Path.Combine("tests", "Weft.Generators.Tests", Path.GetFileName(directory));
        for (var root = new DirectoryInfo(AppContext.BaseDirectory); root is not null; root = root.Parent)
        {
            var candidate = Path.Combine(root.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"Cannot find the snapshot folder of {sourceFile} (looked for {relative} above {AppContext.BaseDirectory}).");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    [GeneratedRegex("""(GeneratedCodeAttribute\("Weft\.Generators", ")[^"]*("\))""", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedCodeVersion();
}

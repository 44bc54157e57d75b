using System.Text.RegularExpressions;
using Weft.Generators.Tests.Snapshots;

namespace Weft.Generators.Tests.Fingerprints;

/// <summary>Reads each node's code fingerprint from the generated <c>Definition</c> source, as a user's build would see it.</summary>
public static partial class GeneratedFingerprints
{
    /// <summary>Generates <paramref name="files"/> (which must generate and compile cleanly) and returns node name → fingerprint.</summary>
    public static IReadOnlyDictionary<string, string> Read(IEnumerable<(string Path, string Text)> files, string hintName)
    {
        var run = ScenarioRun.Of(files);
        var text = run.Source(hintName);
        run.AssertClean();
        return Parse(text);
    }

    /// <summary>Node name → fingerprint, from the text of a generated pipeline source.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string generated)
    {
        var starts = NodeStart().Matches(generated);
        Assert.NotEmpty(starts);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : generated.Length;
            var fingerprints = FingerprintLine().Matches(generated[starts[i].Index..end]);
            Assert.True(fingerprints.Count == 1, $"Node '{starts[i].Groups[1].Value}' has {fingerprints.Count} fingerprint lines");
            result.Add(starts[i].Groups[1].Value, fingerprints[0].Groups[1].Value);
        }

        return result;
    }

    [GeneratedRegex("""new global::Weft\.StepNode\(\s*"([^"]+)",""", RegexOptions.CultureInvariant)]
    private static partial Regex NodeStart();

    // The emitter writes the fingerprint alone on its line, right after the invoker.
    [GeneratedRegex("""^\s*"([0-9a-f]{16})",\s*$""", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FingerprintLine();
}

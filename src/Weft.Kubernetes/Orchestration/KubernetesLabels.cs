using System.Security.Cryptography;
using System.Text;

namespace Weft.Kubernetes;

/// <summary>
/// The labels and names the <c>kubernetes</c> orchestrator puts on what it creates: every object of a run carries
/// <see cref="Run"/>, so that one label selector finds (and deletes) them all.
/// </summary>
public static class KubernetesLabels
{
    /// <summary>The run id.</summary>
    public const string Run = "weft.dev/run";

    /// <summary>The node (step) name, made a valid label value.</summary>
    public const string Step = "weft.dev/step";

    /// <summary>The pipeline name, made a valid label value.</summary>
    public const string Pipeline = "weft.dev/pipeline";

    /// <summary>The standard label naming the tool that manages the object: <c>weft</c>.</summary>
    public const string ManagedBy = "app.kubernetes.io/managed-by";

    /// <summary>The 1-based attempt a step's Job runs.</summary>
    public const string Attempt = "weft.dev/attempt";

    /// <summary>The annotation holding the exact node name (a label value cannot hold every C# identifier).</summary>
    public const string StepAnnotation = "weft.dev/step-name";

    /// <summary>The label selector of every object of a run.</summary>
    public static string RunSelector(string runId) => $"{Run}={LabelValue(runId)}";

    /// <summary>
    /// A valid label value for <paramref name="text"/>: at most 63 characters from <c>[A-Za-z0-9._-]</c>, starting and ending
    /// with a letter or digit. Text that had to change (or be shortened) ends with a short hash of the original, so that two
    /// different texts never share a value.
    /// </summary>
    public static string LabelValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        var value = clean.ToString().Trim('.', '_', '-');
        if (value.Length <= 63 && string.Equals(value, text, StringComparison.Ordinal))
        {
            return value;
        }

        var hash = Hash(text);
        var room = 63 - hash.Length - 1;
        value = value.Length > room ? value[..room].TrimEnd('.', '_', '-') : value;
        return value.Length == 0 ? hash : value + "-" + hash;
    }

    /// <summary>
    /// The name of the Job that runs node <paramref name="node"/> of run <paramref name="runId"/> with all its attempts (a
    /// rendered manifest, run without an orchestrator): a DNS label made of the run id and the node name, ending with a hash
    /// of both so that nodes differing only in case get different Jobs.
    /// </summary>
    public static string JobName(string runId, string node)
    {
        var hash = Hash(runId + "\n" + node);
        var readable = DnsLabel("weft-" + runId + "-" + node);
        var room = 63 - hash.Length - 1;
        readable = readable.Length > room ? readable[..room].TrimEnd('-') : readable;
        return readable + "-" + hash;
    }

    /// <summary>
    /// The name of the Job that runs attempt <paramref name="attempt"/> of node <paramref name="node"/> of run
    /// <paramref name="runId"/>: a DNS label (at most 63 lowercase letters, digits and dashes) made of the run id, the node
    /// name and the attempt, ending with a hash of them and of <paramref name="session"/> (the orchestrating process's run
    /// session), so that nodes differing only in case get different Jobs and a resumed run never meets a Job of an earlier one.
    /// </summary>
    public static string JobName(string runId, string node, int attempt, string session)
    {
        var hash = Hash(string.Join("\n", runId, node, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture), session));
        var suffix = "-" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + hash;
        var readable = DnsLabel("weft-" + runId + "-" + node);
        var room = 63 - suffix.Length;
        readable = readable.Length > room ? readable[..room].TrimEnd('-') : readable;
        return readable + suffix;
    }

    /// <summary>The name of the ConfigMap that stands for a run and owns its Jobs.</summary>
    public static string RunObjectName(string runId)
    {
        var readable = DnsLabel("weft-run-" + runId);
        return readable.Length <= 63 ? readable : readable[..54].TrimEnd('-') + "-" + Hash(runId);
    }

    private static string DnsLabel(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var ok = char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower);
            if (ok)
            {
                clean.Append(lower);
            }
            else if (clean.Length > 0 && clean[^1] != '-')
            {
                clean.Append('-');
            }
        }

        return clean.ToString().Trim('-');
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}

using Weft;

namespace Weft.Kubernetes.Tests.Manifests.Pipelines;

/// <summary>
/// What a render has to carry: a pipeline image and resources, a step with its own image, retries, a time limit and resources, a
/// named-tuple output feeding two steps, parameters with defaults, and a step called twice.
/// </summary>
[Pipeline]
[Image("registry.example/weft/report@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
[Resources(Cpu = "250m", Memory = "256Mi")]
public static partial class Report
{
    static void Define(string title = "weekly", int rows = 10, double scale = 1.5)
    {
        var text = Compose(title);
        var (upper, length) = Measure(text);
        var table = Tabulate(upper, rows, scale);
        var again = Tabulate(upper, 2, 0.5);
        Publish(table, again, length);
    }

    [Step]
    static string Compose(string title) => "report " + title;

    [Step(Retries = 2, TimeoutSeconds = 90), Resources(Cpu = "2", Memory = "2Gi", Gpu = 1)]
    static (string Upper, int Length) Measure(string text) => (text.ToUpperInvariant(), text.Length);

    [Step]
    static string[] Tabulate(string text, int rows, double scale)
        => [.. Enumerable.Range(0, rows).Select(i => text + " " + (i * scale).ToString(System.Globalization.CultureInfo.InvariantCulture))];

    [Step(Retries = 1), Image("registry.example/weft/publisher@sha256:fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210")]
    static int Publish(string[] table, string[] again, int length) => table.Length + again.Length + length;
}

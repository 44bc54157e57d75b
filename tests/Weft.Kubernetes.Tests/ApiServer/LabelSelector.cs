namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// The label selectors the test server understands: comma-separated <c>key=value</c>, <c>key==value</c>, <c>key!=value</c>,
/// <c>key</c> and <c>!key</c>. Anything else is rejected, so that a client relying on more is noticed.
/// </summary>
internal sealed class LabelSelector
{
    private readonly List<Func<IReadOnlyDictionary<string, string>, bool>> _terms = [];

    private LabelSelector()
    {
    }

    public static LabelSelector Everything { get; } = new();

    public static LabelSelector Parse(string? text)
    {
        var selector = new LabelSelector();
        if (string.IsNullOrWhiteSpace(text))
        {
            return selector;
        }

        foreach (var raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Contains(" in ", StringComparison.Ordinal) || raw.Contains(" notin ", StringComparison.Ordinal) || raw.Contains('('))
            {
                throw new FormatException($"Set-based label selector '{raw}' is not supported by the test server.");
            }

            var notEqual = raw.IndexOf("!=", StringComparison.Ordinal);
            if (notEqual > 0)
            {
                var (key, value) = (raw[..notEqual], raw[(notEqual + 2)..]);
                selector._terms.Add(labels => !labels.TryGetValue(key, out var v) || v != value);
                continue;
            }

            var equal = raw.IndexOf('=');
            if (equal > 0)
            {
                var key = raw[..equal];
                var value = raw[(equal + 1)..].TrimStart('=');
                selector._terms.Add(labels => labels.TryGetValue(key, out var v) && v == value);
                continue;
            }

            if (raw.StartsWith('!'))
            {
                var key = raw[1..];
                selector._terms.Add(labels => !labels.ContainsKey(key));
                continue;
            }

            selector._terms.Add(labels => labels.ContainsKey(raw));
        }

        return selector;
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => _terms.TrueForAll(t => t(labels));
}

using System.Diagnostics.CodeAnalysis;

namespace Weft;

/// <summary>
/// <see cref="StepRun.Artifacts"/> as a view over a node's output slots, rather than a dictionary built per step: a run
/// of a hundred thousand steps keeps one of these per step.
/// </summary>
internal sealed class OutputArtifactIds(StepNode node, OutputSlot[] slots) : IReadOnlyDictionary<string, string>
{
    public int Count => Pairs().Count();

    public IEnumerable<string> Keys => Pairs().Select(p => p.Key);

    public IEnumerable<string> Values => Pairs().Select(p => p.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Step '{node.Name}' stored no output '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (string.Equals(node.Outputs[i].Name, key, StringComparison.Ordinal) && slots[i].Artifact is { } artifact)
            {
                value = artifact.Id;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Pairs().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<KeyValuePair<string, string>> Pairs()
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Artifact is { } artifact)
            {
                yield return new(node.Outputs[i].Name, artifact.Id);
            }
        }
    }
}

namespace Weft.Generators.Tests.Adversarial;

/// <summary>Pieces of a generated pipeline that a step's or <c>Define</c>'s signature decides.</summary>
internal static class SignatureText
{
    /// <summary>The generated <c>StepNode</c> of node <paramref name="node"/>: its inputs, outputs, invoker and fingerprint.</summary>
    public static string Node(string generated, string node)
    {
        var start = generated.IndexOf($"new global::Weft.StepNode(\n                    \"{node}\",", StringComparison.Ordinal);
        if (start < 0)
        {
            start = generated.IndexOf($"new global::Weft.StepNode(\r\n                    \"{node}\",", StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"No node '{node}' in:\n{generated}");
        var end = generated.IndexOf("null),", start, StringComparison.Ordinal);
        var next = generated.IndexOf("new global::Weft.StepNode(", start + 1, StringComparison.Ordinal);
        return generated[start..(next > 0 && next < end ? next : end)];
    }

    /// <summary>The generated <c>RunAsync</c> signature line.</summary>
    public static string RunAsync(string generated)
    {
        var start = generated.IndexOf("RunAsync(", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No RunAsync in:\n{generated}");
        return generated[start..generated.IndexOf('\n', start)].TrimEnd();
    }

    /// <summary>Asserts <paramref name="text"/> holds every fragment, naming the first missing one.</summary>
    public static void Holds(string text, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.True(text.Contains(fragment, StringComparison.Ordinal), $"Missing:\n{fragment}\nin:\n{text}");
        }
    }
}

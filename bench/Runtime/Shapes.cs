using Weft;
using Weft.Serialization;

namespace RuntimeBench;

/// <summary>
/// The benchmark graphs, built by hand as generated code would build them: every node is the same trivial step, which
/// returns the sum of its parents' int outputs plus one.
/// </summary>
internal static class Shapes
{
    private static readonly StepInvoker s_sum = static (arguments, _) =>
    {
        var sum = 1;
        foreach (var argument in arguments)
        {
            sum += (int)argument!;
        }

        return ValueTask.FromResult<object?[]>([sum]);
    };

    private static readonly StepOutput[] s_outputs = [new(StepOutput.DefaultName, "int", BuiltInSerializers.Int32)];

    public static PipelineDefinition Build(string shape, int n) => shape switch
    {
        "chain" => Chain(n),
        "fan" => Fan(n),
        "grid" => Grid(n),
        _ => throw new ArgumentException($"Unknown shape '{shape}': use chain, fan or grid.", nameof(shape)),
    };

    /// <summary>N steps in a line.</summary>
    public static PipelineDefinition Chain(int n)
    {
        var nodes = new StepNode[n];
        for (var i = 0; i < n; i++)
        {
            nodes[i] = Node($"s{i}", i == 0 ? [] : [Input("x", $"s{i - 1}")]);
        }

        return Pipeline("Chain", nodes);
    }

    /// <summary>One step, N steps that read it, and one that reads all N: N + 2 steps.</summary>
    public static PipelineDefinition Fan(int n)
    {
        var nodes = new StepNode[n + 2];
        nodes[0] = Node("root", []);
        var all = new StepInput[n];
        for (var i = 0; i < n; i++)
        {
            nodes[i + 1] = Node($"m{i}", [Input("x", "root")]);
            all[i] = Input($"x{i}", $"m{i}");
        }

        nodes[n + 1] = Node("sink", all);
        return Pipeline("Fan", nodes);
    }

    /// <summary>√N layers of √N steps; each step after the first layer reads two steps of the layer before.</summary>
    public static PipelineDefinition Grid(int n)
    {
        var width = (int)Math.Round(Math.Sqrt(n));
        var nodes = new List<StepNode>(width * width);
        for (var layer = 0; layer < width; layer++)
        {
            for (var j = 0; j < width; j++)
            {
                nodes.Add(Node($"g{layer}_{j}", layer == 0
                    ? []
                    : [Input("left", $"g{layer - 1}_{j}"), Input("right", $"g{layer - 1}_{(j + 1) % width}")]));
            }
        }

        return Pipeline("Grid", [.. nodes]);
    }

    private static StepInput Input(string name, string node) => new(name, "int", new ArtifactBinding(node, StepOutput.DefaultName));

    private static StepNode Node(string name, StepInput[] inputs)
        => new(name, "Sum", "RuntimeBench.Steps.Sum", inputs, s_outputs, s_sum, "0123456789abcdef");

    private static PipelineDefinition Pipeline(string name, StepNode[] nodes) => new(name, "RuntimeBench." + name, [], nodes);
}

namespace Weft;

/// <summary>Output values handed over as a dictionary of node name to values in output order.</summary>
internal sealed class DictionaryRunOutputs(IReadOnlyDictionary<string, IReadOnlyList<object?>> outputs) : RunOutputs
{
    public override bool TryGet(StepNode node, int output, out object? value)
    {
        if (outputs.TryGetValue(node.Name, out var values) && output < values.Count)
        {
            value = values[output];
            return true;
        }

        value = null;
        return false;
    }
}

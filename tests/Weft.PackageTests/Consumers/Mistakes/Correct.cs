using Weft;

namespace Correct.Pipelines;

// Built beside the mistakes, this pipeline must get no diagnostic and its generated code must compile.
[Pipeline]
public static partial class Doubling
{
    static void Define(int count = 3)
    {
        var twice = Shared.Steps.Twice(count);
        var (low, high) = Shared.Steps.Halve(twice);
        var sum = Shared.Steps.Add(low, high);
    }
}

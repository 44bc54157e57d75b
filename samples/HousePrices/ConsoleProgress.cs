using Weft;

namespace HousePrices;

/// <summary>
/// Prints each step's status change as it happens. Unlike <see cref="Progress{T}"/>, it writes on the reporting thread,
/// so every line is out before the run's summary.
/// </summary>
internal sealed class ConsoleProgress : IProgress<StepRun>
{
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public void Report(StepRun value)
    {
        lock (_gate)
        {
            Console.WriteLine($"  {value.Name,-9} {value.Status}");
        }
    }
}

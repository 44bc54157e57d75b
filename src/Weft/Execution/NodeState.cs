namespace Weft;

/// <summary>What a run knows about one node: inputs still awaited, its result, and its outputs once it succeeded.</summary>
internal sealed class NodeState
{
    /// <summary>Distinct upstream nodes not yet succeeded; owned by the scheduler lock.</summary>
    public int Pending;

    /// <summary>The node's result; written by the one worker that ran it (or the scheduler, for skips and cancellations).</summary>
    public StepRun? Result;

    /// <summary>One slot per output once the node succeeded; replaced as a whole when a damaged output is recomputed.</summary>
    public OutputSlot[] Outputs = [];

    /// <summary>The recomputation of this node after one of its stored outputs was found damaged, so that concurrent readers share it.</summary>
    public Task? Repair;

    public bool Succeeded => Result?.Status == StepStatus.Succeeded;
}

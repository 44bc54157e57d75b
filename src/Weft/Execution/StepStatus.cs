namespace Weft;

/// <summary>The state of one step in a run.</summary>
public enum StepStatus
{
    /// <summary>Waiting for its inputs.</summary>
    Waiting,

    /// <summary>Running now.</summary>
    Running,

    /// <summary>Finished; its outputs exist (computed, or reused from the cache when <see cref="StepRun.Cached"/>).</summary>
    Succeeded,

    /// <summary>Every attempt failed.</summary>
    Failed,

    /// <summary>Not run because an upstream step failed.</summary>
    Skipped,

    /// <summary>Not finished because the run was cancelled.</summary>
    Cancelled,
}

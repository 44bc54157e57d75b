namespace Weft;

/// <summary>The outcome of a pipeline run.</summary>
public enum RunStatus
{
    /// <summary>The run has not finished.</summary>
    Running,

    /// <summary>Every step succeeded or was cached.</summary>
    Succeeded,

    /// <summary>A step failed; its dependents did not run.</summary>
    Failed,

    /// <summary>The run was cancelled.</summary>
    Cancelled,
}

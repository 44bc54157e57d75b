namespace Weft;

/// <summary>How a step process's attempt ended, as its <see cref="StepResult"/> says.</summary>
public enum StepResultStatus
{
    /// <summary>The step returned; its outputs are object files in the store.</summary>
    Succeeded,

    /// <summary>The step (or loading its inputs, or storing its outputs) threw; <see cref="StepResult.Error"/> says what.</summary>
    Failed,

    /// <summary>The step process was asked to stop (a signal) before the step finished.</summary>
    Cancelled,
}

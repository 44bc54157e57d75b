namespace Weft;

/// <summary>Why a step process could not start its task (see <see cref="StepTaskException"/>).</summary>
public enum StepTaskProblem
{
    /// <summary>The store folder does not exist.</summary>
    StoreMissing,

    /// <summary>The pipeline is not compiled into this program.</summary>
    UnknownPipeline,

    /// <summary>The pipeline has no step of that name.</summary>
    UnknownStep,

    /// <summary>The run id or step name cannot name a task folder.</summary>
    InvalidName,

    /// <summary>There is no task file for the step.</summary>
    TaskMissing,

    /// <summary>The task file is unreadable, of an unknown format, or for another step or run.</summary>
    TaskInvalid,

    /// <summary>
    /// The task cannot be prepared yet: a step whose outputs it reads has no successful result in the store (it has not run,
    /// is still running, or failed).
    /// </summary>
    UpstreamMissing,

    /// <summary>A step whose outputs it reads left a result that cannot be used (unreadable, for another run, other code, a missing object).</summary>
    UpstreamInvalid,

    /// <summary>The run was started with other parameters, another pipeline, or a <c>run.json</c> that cannot be read.</summary>
    RunMismatch,
}

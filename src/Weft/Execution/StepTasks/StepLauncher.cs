namespace Weft;

/// <summary>
/// Starts step processes somewhere: a child process (<see cref="ProcessStepLauncher"/>), a pod, a container. A
/// <see cref="StepLaunchExecutor"/> runs the engine (scheduling, caching, retries, records) and, for each attempt, writes the
/// task into the store, calls <see cref="LaunchAsync"/>, and collects the result the step process wrote. A launcher only
/// starts <c>app step …</c> with <see cref="StepLaunch.Arguments"/>, where the store is at the same path (or mounted at
/// <see cref="StepLaunch.StorePath"/>), and waits for it.
/// </summary>
public abstract class StepLauncher
{
    /// <summary>
    /// Runs the step process of <paramref name="launch"/> to its end. Should capture its standard output and error into
    /// <see cref="StepTaskFiles.StdoutPath"/> and <see cref="StepTaskFiles.StderrPath"/>: they are appended to the step's log.
    /// </summary>
    /// <param name="launch">The step task to run.</param>
    /// <param name="cancellationToken">
    /// Cancelled when the run is cancelled or the attempt reaches its time limit: the launcher must then stop the step
    /// process (its whole process tree) and throw <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The process's exit code (0 when it succeeded; see docs/concepts/step-contract.md).</returns>
    public abstract Task<int> LaunchAsync(StepLaunch launch, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the step processes see this machine's files at the paths a <see cref="DataFile"/> parameter names (a child
    /// process does). When not (a pod: only the store's volume is shared), each run imports its data files into the store
    /// as content-addressed objects when it starts, and the step processes read those copies, checked against the content
    /// hash in the cache key.
    /// </summary>
    public virtual bool SharesFileSystem => true;
}

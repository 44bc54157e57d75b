namespace Weft.Tests.StepTasks;

/// <summary>
/// A launcher that runs the step process's side of the contract in this process, or does what a misbehaving step process
/// would (crash without a result, hang): the orchestrator's side, task to result, without starting processes.
/// </summary>
internal sealed class InlineLauncher(Func<StepLaunch, CancellationToken, Task<int?>>? before = null) : StepLauncher
{
    private int _launches;

    public int Launches => Volatile.Read(ref _launches);

    public List<StepTask> Tasks { get; } = [];

    public override async Task<int> LaunchAsync(StepLaunch launch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _launches);
        lock (Tasks)
        {
            Tasks.Add(launch.Files.ReadTask());
        }

        if (before is not null && await before(launch, cancellationToken) is { } exitCode)
        {
            return exitCode;
        }

        var result = await StepTaskRunner.RunAsync(launch.Pipeline, launch.Task.Step, launch.Task.RunId, launch.StorePath, cancellationToken);
        await File.WriteAllTextAsync(launch.Files.StdoutPath, $"ran {launch.Task.Step}\n", CancellationToken.None);
        return result.Status == StepResultStatus.Succeeded ? 0 : 1;
    }
}

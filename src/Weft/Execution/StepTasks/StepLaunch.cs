namespace Weft;

/// <summary>One attempt of one step for a <see cref="StepLauncher"/> to run: its task is already written to <see cref="StepTaskFiles.TaskPath"/>.</summary>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Node">The step (its <see cref="StepNode.Policy"/> carries resources, image and time limit).</param>
/// <param name="Task">The task, as written.</param>
/// <param name="Files">Where the task, result and captured console live.</param>
public sealed record StepLaunch(PipelineDefinition Pipeline, StepNode Node, StepTask Task, StepTaskFiles Files)
{
    /// <summary>The store folder, as the orchestrator sees it.</summary>
    public string StorePath => Files.StorePath;

    /// <summary>
    /// The command-line arguments of the step process, after the program itself:
    /// <c>step &lt;pipeline&gt; &lt;step&gt; --run &lt;run&gt; --store &lt;store&gt;</c>.
    /// </summary>
    public IReadOnlyList<string> Arguments => ArgumentsFor(StorePath);

    /// <summary>The step process's arguments with the store at another path (a volume mounted elsewhere in a pod).</summary>
    public IReadOnlyList<string> ArgumentsFor(string storePath) => ["step", Task.Pipeline, Task.Step, "--run", Task.RunId, "--store", storePath];
}

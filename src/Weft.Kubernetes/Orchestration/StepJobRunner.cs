using System.Globalization;
using System.Text;
using k8s.Models;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// Runs one step as a Job: creates it (adopting it when an earlier attempt of the create went through), waits for the
/// run's watches to see it end, and copies its pods' logs into the store. Costs one create and one log read per pod;
/// everything else arrives on the run's watches.
/// </summary>
internal sealed class StepJobRunner(KubernetesApi api, RunWatch watch)
{
    /// <summary>How long to wait for the pod watch to catch up with the Job watch once the Job has ended.</summary>
    private static readonly TimeSpan s_podPatience = TimeSpan.FromSeconds(5);

    public async Task<StepJobOutcome> RunAsync(V1Job job, string logPath, CancellationToken cancellationToken)
    {
        var name = job.Metadata.Name;
        watch.Expect(name);
        var created = await api.CreateJobAsync(job, cancellationToken).ConfigureAwait(false);
        watch.Observe(created);
        var end = await watch.WaitForEndAsync(name, cancellationToken).ConfigureAwait(false);
        var pods = end.Kind == JobEndKind.CannotStart ? [] : await watch.SettledPodsAsync(name, s_podPatience, cancellationToken).ConfigureAwait(false);
        await CopyLogsAsync(pods, logPath, cancellationToken).ConfigureAwait(false);
        var exitCode = pods.Count == 0 ? null : TerminatedOf(pods[^1])?.ExitCode;
        return new StepJobOutcome(end, pods, exitCode);
    }

    /// <summary>
    /// Copies what the Job's pods have logged so far into <paramref name="logPath"/>: an attempt stopped at its time limit
    /// (or by cancellation) is deleted with its pods, and its log is the record of how far it got.
    /// </summary>
    public Task CopyLogsSoFarAsync(string job, string logPath, CancellationToken cancellationToken)
        => CopyLogsAsync(watch.PodsOf(job), logPath, cancellationToken);

    public static V1ContainerStateTerminated? TerminatedOf(V1Pod pod)
        => pod.Status?.ContainerStatuses?.FirstOrDefault(c => c.Name == StepJobManifest.ContainerName)?.State?.Terminated;

    /// <summary>
    /// Writes the logs of the pods that ran into <paramref name="logPath"/> (atomically), one section per pod when there were
    /// several, so that the step's record shows every attempt's output.
    /// </summary>
    private async Task CopyLogsAsync(IReadOnlyList<V1Pod> pods, string logPath, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pods.Count; i++)
        {
            var pod = pods[i];
            var ran = pod.Status?.ContainerStatuses?.Any(c => c.State?.Running is not null || c.State?.Terminated is not null) == true;
            if (!ran)
            {
                continue;
            }

            var log = await api.ReadLogAsync(pod.Metadata.Name, StepJobManifest.ContainerName, cancellationToken).ConfigureAwait(false);
            if (pods.Count > 1)
            {
                var terminated = TerminatedOf(pod);
                text.Append(CultureInfo.InvariantCulture, $"--- pod {pod.Metadata.Name} (attempt {i + 1} of {pods.Count}")
                    .Append(terminated is null ? "" : string.Create(CultureInfo.InvariantCulture, $", exit code {terminated.ExitCode}, {terminated.Reason}"))
                    .Append(") ---\n");
            }

            text.Append(log ?? $"(the log of pod {pod.Metadata.Name} was gone with the pod)\n");
        }

        var folder = Path.GetDirectoryName(logPath)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(logPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temp, text.ToString(), cancellationToken).ConfigureAwait(false);
            File.Move(temp, logPath, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}

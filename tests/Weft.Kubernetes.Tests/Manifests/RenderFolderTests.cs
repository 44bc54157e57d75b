using Weft.Kubernetes.Tests.Manifests.Infrastructure;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>
/// Rendering again into the same <c>--output</c> folder leaves this render only (so that <c>kubectl apply -f DIR</c> does
/// not start an earlier run's Jobs too), keeping files Weft did not write; and a template file that replaces nothing is
/// named on standard error.
/// </summary>
public sealed class RenderFolderTests : IDisposable
{
    private const string FirstRun = "20261129-010000-aaaaaa";
    private const string SecondRun = "20261129-020000-bbbbbb";

    private readonly string _directory = Directory.CreateTempSubdirectory("weft-k8s-folder-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ASecondRender_RemovesTheFirstRunsObjects_AndKeepsTheUsersFiles()
    {
        var output = Path.Combine(_directory, "out");
        Directory.CreateDirectory(output);
        var own = Path.Combine(output, "00-namespace-ml.yaml");
        File.WriteAllText(own, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ml\n");

        var first = await RenderAsync(output, FirstRun);
        Assert.Equal("", first.Error);
        var second = await RenderAsync(output, SecondRun);

        Assert.True(second.ExitCode == 0, second.ToString());
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("00-namespace-ml.yaml", files);
        Assert.DoesNotContain(files, f => f!.Contains(FirstRun, StringComparison.Ordinal));
        Assert.Equal(second.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            files.Where(f => f != "00-namespace-ml.yaml"));
        // The run's ConfigMap, one Job per step (five) and the record Job were the first run's own.
        Assert.StartsWith($"note: removed 7 files an earlier render wrote into {output}, so that it holds this render only: 05-configmap-weft-report-{FirstRun}-parameters.yaml, ",
            Assert.Single(second.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATemplateThatReplacesNothing_IsNamed()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_directory, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "step_job.yaml.sbn"), "{{ run.id }}");
        File.WriteAllText(Path.Combine(templates, "README.md"), "notes");

        var result = await ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Report", "--run", FirstRun, "--templates", templates);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"warning: template {Path.Combine(templates, "step_job.yaml.sbn")} replaces no built-in template and is not used; the templates are cron-job.yaml.sbn, ",
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static Task<ProgramResult> RenderAsync(string output, string runId)
        => ProgramRun.RunAsync(ProgramRun.TestApp, null, "k8s", "render", "Report", "--run", runId, "--namespace", "ml", "--output", output);
}

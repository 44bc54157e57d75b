using Weft.Cli;
using Weft.Kubernetes.Manifests;

namespace Weft.Kubernetes.Tests.Manifests;

/// <summary>What the cluster would reject, or what would never run, is a one-line usage error before anything is printed.</summary>
public sealed class RenderErrorTests
{
    [Theory]
    [InlineData("0 3 * *", "Pipeline 'Hand' has [Schedule(\"0 3 * *\")], which is not a five-field cron expression")]
    [InlineData("61 * * * *", "Pipeline 'Hand' has [Schedule(\"61 * * * *\")], which is not a five-field cron expression")]
    [InlineData("0 0 3 * * *", "Pipeline 'Hand' has [Schedule(\"0 0 3 * * *\")], which is not a five-field cron expression")]
    public void ScheduleThatDoesNotParse_NamesThePipelineAndTheSchedule(string cron, string start)
    {
        var ex = Assert.Throws<CommandLineException>(() => ManifestRenderer.Render(Request(Hand(schedule: cron), driver: true)));

        Assert.Equal(ExitCodes.UsageError, ex.ExitCode);
        Assert.StartsWith(start, ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("fix it, for example [Schedule(\"0 3 * * *\")] for 03:00 every day.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@daily")]
    [InlineData("*/15 8-18 * * MON-FRI")]
    public void ScheduleMacrosAndRanges_Parse(string cron)
    {
        var cronJob = Assert.Single(ManifestRenderer.Render(Request(Hand(schedule: cron), driver: true)), m => m.Kind == "CronJob");

        Assert.Contains($"  schedule: \"{cron}\"\n", cronJob.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("two", null, "The Cpu 'two' of step 'Work' of pipeline 'Hand' is not a Kubernetes quantity")]
    [InlineData(null, "2 GB", "The Memory '2 GB' of step 'Work' of pipeline 'Hand' is not a Kubernetes quantity")]
    public void ResourceThatIsNotAQuantity_NamesTheStep(string? cpu, string? memory, string start)
    {
        var ex = Assert.Throws<CommandLineException>(() => ManifestRenderer.Render(Request(Hand(resources: new ResourceRequest(cpu, memory, 0)))));

        Assert.StartsWith(start, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepNamesThatDifferOnlyInCase_GetDistinctTaskNames()
    {
        var definition = new PipelineDefinition("Hand", "Demo.Hand", [], [Node("Fit"), Node("fit")], image: "registry.example/hand@sha256:00");

        var workflow = Assert.Single(ManifestRenderer.Render(Request(definition) with { Target = RenderTarget.Argo }), m => m.Kind == "Workflow").Yaml;

        Assert.Matches("\n          - name: \"fit-[0-9a-f]{6}\"\n", workflow);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(workflow, "\n          - name: \"fit-[0-9a-f]{6}\"\n").Count);
    }

    [Fact]
    public void UnwritableOutputFolder_IsAUsageError()
    {
        var file = Path.GetTempFileName();
        try
        {
            var ex = Assert.Throws<CommandLineException>(() => ManifestFiles.Write(Path.Combine(file, "sub"), ManifestRenderer.Render(Request(Hand()))));

            Assert.StartsWith($"Cannot write the manifests to '{Path.Combine(file, "sub")}': ", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ManifestThatCannotBeRenamedIntoPlace_LeavesNoTemporaryFile()
    {
        var directory = Path.Combine(Path.GetTempPath(), "weft-render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var manifests = ManifestRenderer.Render(Request(Hand()));
            // A folder where the first manifest's file should go: writing succeeds, renaming over it cannot.
            var first = ManifestFiles.Write(directory, manifests)[0];
            File.Delete(first);
            Directory.CreateDirectory(first);

            Assert.Throws<CommandLineException>(() => ManifestFiles.Write(directory, manifests));

            Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static RenderRequest Request(PipelineDefinition definition, bool driver = false)
        => new() { Definition = definition, RunId = Renders.RunId, Driver = driver };

    private static PipelineDefinition Hand(string? schedule = null, ResourceRequest? resources = null)
        => new("Hand", "Demo.Hand", [], [Node("Work", resources)], schedule, "registry.example/hand@sha256:00");

    private static StepNode Node(string name, ResourceRequest? resources = null)
        => new(name, name, "Demo.Hand." + name, [], [], static (_, _) => ValueTask.FromResult<object?[]>([]), "fingerprint", new StepPolicy(Resources: resources));
}

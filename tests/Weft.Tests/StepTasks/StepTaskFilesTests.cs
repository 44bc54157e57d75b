using System.Text;

namespace Weft.Tests.StepTasks;

public sealed class StepTaskFilesTests
{
    private static readonly StepTask s_task = new()
    {
        Pipeline = "Training",
        Step = "Fit",
        RunId = "20261128-174355-ab12cd",
        Attempt = 2,
        Seed = 42,
        LogicalTime = new DateTimeOffset(2026, 11, 28, 17, 43, 55, 123, TimeSpan.Zero),
        CodeFingerprint = "abc",
        Parameters = [new StepTaskParameter("trees", "trees", "300"), new StepTaskParameter("fraction", "testFraction", null)],
        Inputs = [new StepTaskInput("train", "sha256:" + new string('a', 64), 12, "objects/aa/" + new string('a', 62))],
    };

    [Fact]
    public void Paths_AreUnderTasksRunStep()
    {
        var store = TestStores.NewPath();
        var files = new StepTaskFiles(store, "run-1", "Fit");

        Assert.Equal(Path.Combine(store, "tasks", "run-1", "Fit", "task.json"), files.TaskPath);
        Assert.Equal(Path.Combine(store, "tasks", "run-1", "Fit", "result.json"), files.ResultPath);
        Assert.Equal(Path.Combine(store, "tasks", "run-1", "Fit", "stdout.log"), files.StdoutPath);
        Assert.Equal(Path.Combine(store, "tasks", "run-1", "Fit", "stderr.log"), files.StderrPath);
        Assert.Equal("tasks/run-1/Fit", files.RelativeDirectory);
    }

    [Theory]
    [InlineData("..", "Fit")]
    [InlineData("a/b", "Fit")]
    [InlineData("run", "..")]
    [InlineData("run", "")]
    public void NamesThatAreNotOneFolder_AreRejected(string runId, string step)
        => Assert.ThrowsAny<ArgumentException>(() => new StepTaskFiles(TestStores.NewPath(), runId, step));

    [Fact]
    public async Task Task_RoundTrips_AsCamelCaseJson()
    {
        var files = new StepTaskFiles(TestStores.NewPath(), s_task.RunId, s_task.Step);

        await files.WriteTaskAsync(s_task);
        var read = files.ReadTask();

        Assert.Equal(s_task with { Parameters = read.Parameters, Inputs = read.Inputs }, read);
        Assert.Equal(s_task.Parameters, read.Parameters);
        Assert.Equal(s_task.Inputs, read.Inputs);
        var json = await File.ReadAllTextAsync(files.TaskPath);
        Assert.Contains("\"codeFingerprint\": \"abc\"", json, StringComparison.Ordinal);
        Assert.Contains("\"logicalTime\": \"2026-11-28T17:43:55.123+00:00\"", json, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(files.Directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Result_RoundTrips_WithStatusAsText()
    {
        var files = new StepTaskFiles(TestStores.NewPath(), "run", "Fit");
        var result = new StepResult
        {
            Pipeline = "Training",
            Step = "Fit",
            RunId = "run",
            Attempt = 1,
            Status = StepResultStatus.Failed,
            Error = new StepResultError("System.IO.IOException", "disk", "at X"),
            Metrics = [new StepResultMetric("rmse", 0.5)],
            Metadata = [new StepResultMetadata("k", "v")],
            StartedAt = DateTimeOffset.UnixEpoch,
            FinishedAt = DateTimeOffset.UnixEpoch.AddSeconds(1),
        };

        Assert.Null(files.TryReadResult());
        await files.WriteResultAsync(result);
        var read = files.TryReadResult()!;

        Assert.Equal(StepResultStatus.Failed, read.Status);
        Assert.Equal(result.Error, read.Error);
        Assert.Equal(result.Metrics, read.Metrics);
        Assert.Equal(result.Metadata, read.Metadata);
        Assert.Contains("\"status\": \"Failed\"", Encoding.UTF8.GetString(StepTaskFiles.Serialize(read)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_RemovesThePreviousAttemptsResultAndConsole()
    {
        var files = new StepTaskFiles(TestStores.NewPath(), "run", "Fit");
        files.Reset();
        await File.WriteAllTextAsync(files.ResultPath, "{}");
        await File.WriteAllTextAsync(files.StdoutPath, "old");

        files.Reset();

        Assert.False(File.Exists(files.ResultPath));
        Assert.False(File.Exists(files.StdoutPath));
    }

    [Fact]
    public async Task ATaskOfAnotherShape_IsInvalidData()
    {
        var files = new StepTaskFiles(TestStores.NewPath(), "run", "Fit");
        files.Reset();
        await File.WriteAllTextAsync(files.TaskPath, "{\"format\": 1}");

        var error = Assert.Throws<InvalidDataException>(files.ReadTask);
        Assert.Contains("is not a valid step task", error.Message, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Weft;

/// <summary>
/// Where the files of one step task live in a store: <c>tasks/&lt;run&gt;/&lt;step&gt;/</c> holds <c>task.json</c> (written by
/// the orchestrator), <c>result.json</c> (written by the step process), and <c>stdout.log</c> / <c>stderr.log</c> (the step
/// process's console, captured by whoever launched it). Both JSON files are written under a temporary name and renamed into
/// place, so a reader sees a whole file or none.
/// </summary>
public sealed class StepTaskFiles
{
    /// <summary>The folder under the store that holds every run's step tasks.</summary>
    public const string TasksFolder = "tasks";

    /// <summary>Names the files of step <paramref name="step"/> of run <paramref name="runId"/> in the store at <paramref name="storePath"/>.</summary>
    /// <param name="storePath">The store folder (made absolute).</param>
    /// <param name="runId">The run's id: one path segment.</param>
    /// <param name="step">The node's name: one path segment.</param>
    /// <exception cref="ArgumentException">The run id or step name is empty or not a plain file name (holds a separator, or is <c>.</c> or <c>..</c>).</exception>
    public StepTaskFiles(string storePath, string runId, string step)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        CheckSegment(runId, nameof(runId), "run id");
        CheckSegment(step, nameof(step), "step name");
        StorePath = System.IO.Path.GetFullPath(storePath);
        RunId = runId;
        Step = step;
        RelativeDirectory = $"{TasksFolder}/{runId}/{step}";
        Directory = System.IO.Path.Combine(StorePath, TasksFolder, runId, step);
        TaskPath = System.IO.Path.Combine(Directory, "task.json");
        ResultPath = System.IO.Path.Combine(Directory, "result.json");
        StdoutPath = System.IO.Path.Combine(Directory, "stdout.log");
        StderrPath = System.IO.Path.Combine(Directory, "stderr.log");
    }

    /// <summary>The store folder.</summary>
    public string StorePath { get; }

    /// <summary>The run's id.</summary>
    public string RunId { get; }

    /// <summary>The node's name.</summary>
    public string Step { get; }

    /// <summary>The task's folder relative to the store, with forward slashes (<c>tasks/&lt;run&gt;/&lt;step&gt;</c>).</summary>
    public string RelativeDirectory { get; }

    /// <summary>The task's folder.</summary>
    public string Directory { get; }

    /// <summary><c>task.json</c>: the <see cref="StepTask"/>.</summary>
    public string TaskPath { get; }

    /// <summary><c>result.json</c>: the <see cref="StepResult"/>.</summary>
    public string ResultPath { get; }

    /// <summary><c>stdout.log</c>: the step process's standard output, as its launcher captured it.</summary>
    public string StdoutPath { get; }

    /// <summary><c>stderr.log</c>: the step process's standard error, as its launcher captured it.</summary>
    public string StderrPath { get; }

    /// <summary>Writes the task atomically, replacing an earlier attempt's.</summary>
    public Task WriteTaskAsync(StepTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        return WriteAtomicallyAsync(TaskPath, task, StepTaskJson.Default.StepTask, cancellationToken);
    }

    /// <summary>Reads the task.</summary>
    /// <exception cref="FileNotFoundException">There is no task file (or no task folder).</exception>
    /// <exception cref="InvalidDataException">The file is not a step task.</exception>
    public StepTask ReadTask() => Read(TaskPath, StepTaskJson.Default.StepTask, "step task");

    /// <summary>Writes the result atomically, replacing an earlier attempt's.</summary>
    public Task WriteResultAsync(StepResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteAtomicallyAsync(ResultPath, result, StepTaskJson.Default.StepResult, cancellationToken);
    }

    /// <summary>Reads the result, or returns <see langword="null"/> when the step process wrote none.</summary>
    /// <exception cref="InvalidDataException">The file is not a step result.</exception>
    public StepResult? TryReadResult()
    {
        try
        {
            return Read(ResultPath, StepTaskJson.Default.StepResult, "step result");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gets the folder ready for a new attempt: creates it, and deletes the previous attempt's result and captured console
    /// output, so that nothing an earlier attempt left can pass for this one's.
    /// </summary>
    public void Reset()
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.Delete(ResultPath);
        File.Delete(StdoutPath);
        File.Delete(StderrPath);
    }

    /// <summary>
    /// <c>tasks/&lt;run&gt;/run.json</c>: the <see cref="StandaloneRun"/> of a run whose steps prepare their own tasks.
    /// </summary>
    /// <exception cref="ArgumentException">The run id is not a plain file name.</exception>
    public static string RunFilePath(string storePath, string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storePath);
        CheckSegment(runId, nameof(runId), "run id");
        return System.IO.Path.Combine(System.IO.Path.GetFullPath(storePath), TasksFolder, runId, "run.json");
    }

    /// <summary>
    /// Writes <paramref name="run"/> as the run file unless one exists: the first of several steps that start at once wins,
    /// and the others read its file. Returns whether this call wrote it.
    /// </summary>
    internal static async Task<bool> TryCreateRunAsync(string path, StandaloneRun run, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".run.json.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(stream, run, StepTaskJson.Default.StandaloneRun, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            // Without overwrite the move fails when the name exists, so two steps that race both see one whole file.
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Reads a run file.</summary>
    /// <exception cref="InvalidDataException">The file is not a run file.</exception>
    internal static StandaloneRun ReadRun(string path) => Read(path, StepTaskJson.Default.StandaloneRun, "run file");

    /// <summary>Serializes a task as the task file holds it (UTF-8 JSON).</summary>
    public static byte[] Serialize(StepTask task) => JsonSerializer.SerializeToUtf8Bytes(task, StepTaskJson.Default.StepTask);

    /// <summary>Serializes a result as the result file holds it (UTF-8 JSON).</summary>
    public static byte[] Serialize(StepResult result) => JsonSerializer.SerializeToUtf8Bytes(result, StepTaskJson.Default.StepResult);

    /// <inheritdoc />
    public override string ToString() => Directory;

    private static void CheckSegment(string value, string parameter, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        if (value is "." or ".." || value.IndexOfAny(['/', '\\']) >= 0 || value.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"The {what} '{value}' cannot name a folder: it must be a plain file name.", parameter);
        }
    }

    private static async Task WriteAtomicallyAsync<T>(string path, T value, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(stream, value, type, cancellationToken).ConfigureAwait(false);
                // Durable before visible: a reader that sees the name must never find the bytes lost by a crash.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static T Read<T>(string path, JsonTypeInfo<T> type, string what)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? throw new InvalidDataException($"{path} holds no {what} (it is JSON null).");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid {what}: {ex.Message}", ex);
        }
    }
}

namespace Weft;

/// <summary>
/// A <see cref="DataFile"/> a <see cref="StepTaskParameter"/> names, with the content the run's cache key was computed for.
/// The step process reads the file from <see cref="StorePath"/> when the orchestrator imported it into the store (its step
/// processes do not see the orchestrator's files, as pods do not), else from <see cref="Path"/>; either way it first checks
/// the bytes against <see cref="ContentHash"/>, so a step never computes from data other than what its cache key says.
/// </summary>
/// <param name="Index">The file's position in the parameter's value: 0 for a single <see cref="DataFile"/>, else its index in the array.</param>
/// <param name="Path">The path as the run was given it (on the orchestrator's machine).</param>
/// <param name="ContentHash">The SHA-256 of the file's content when the run started (<c>sha256:…</c>).</param>
/// <param name="Size">The file's size in bytes when the run started.</param>
/// <param name="StorePath">
/// Where the store holds the imported copy, relative to the store folder (<c>objects/ab/cdef…</c>, the object whose id is
/// <see cref="ContentHash"/>); <see langword="null"/> when the step reads <see cref="Path"/> itself.
/// </param>
public sealed record StepTaskDataFile(int Index, string Path, string ContentHash, long Size, string? StorePath);

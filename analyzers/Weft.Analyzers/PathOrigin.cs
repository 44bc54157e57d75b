namespace Weft.Analyzers;

/// <summary>
/// Where a path (or a <c>DataFile</c>, <c>FileInfo</c>, ...) comes from, as an int: a parameter's ordinal (0 or more) when
/// it is whatever the method's caller passes, or one of the negative constants below.
/// </summary>
internal static class PathOrigin
{
    /// <summary>
    /// From a <c>DataFile</c>: an input whose content hash is part of the cache key; from an <c>ArtifactFile</c> or
    /// <c>ArtifactDirectory</c>: a stored artifact; or a new temporary file or folder the step made, which holds only what
    /// the step writes.
    /// </summary>
    public const int Input = -1;

    /// <summary>From anywhere else: a literal, a field, a string parameter of a step, a computation.</summary>
    public const int Unknown = -2;

    /// <summary>A local's assignment from itself, which adds nothing to what its other assignments say.</summary>
    public const int Neutral = -3;

    /// <summary>The origin of a value that is one of two others: the same origin, or unknown.</summary>
    public static int Combine(int first, int second) =>
        first == Neutral ? second
        : second == Neutral ? first
        : first == second ? first
        : Unknown;
}

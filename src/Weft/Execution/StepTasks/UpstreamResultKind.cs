namespace Weft;

/// <summary>Where a step that another one reads from stands, judged from its result file.</summary>
internal enum UpstreamResultKind
{
    /// <summary>It succeeded: its outputs are in the store.</summary>
    Succeeded,

    /// <summary>It has not succeeded yet: no result, or a failed attempt with attempts left.</summary>
    Pending,

    /// <summary>Its last attempt failed or was cancelled: it will not succeed in this run.</summary>
    Failed,
}

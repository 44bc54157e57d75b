using Weft.Storage;

namespace Weft;

/// <summary>
/// One output of a node in a run: the value when the run holds it (computed here, or read once), and the stored artifact
/// when the run is recorded. A cached output starts with only the artifact and is read on first use.
/// </summary>
internal sealed class OutputSlot
{
    private object? _value;
    private bool _hasValue;

    public OutputSlot(object? value, ArtifactRef? artifact)
    {
        _value = value;
        _hasValue = true;
        Artifact = artifact;
    }

    public OutputSlot(ArtifactRef artifact) => Artifact = artifact;

    public ArtifactRef? Artifact { get; }

    public bool TryGetValue(out object? value)
    {
        if (Volatile.Read(ref _hasValue))
        {
            value = _value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Keeps a value read from the store; two readers racing store equal values, so either may win.</summary>
    public void SetValue(object? value)
    {
        _value = value;
        Volatile.Write(ref _hasValue, true);
    }
}

namespace Weft;

/// <summary>Stored bytes are not a valid artifact of the expected shape (corrupt, truncated, or of another schema).</summary>
public sealed class ArtifactFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArtifactFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public ArtifactFormatException(string message, Exception inner) : base(message, inner) { }
}

namespace Weft.Storage;

/// <summary>What fed a step input.</summary>
public enum InputKind
{
    /// <summary>An artifact: an output of another step.</summary>
    Artifact,

    /// <summary>A pipeline parameter.</summary>
    Parameter,

    /// <summary>A compile-time constant of the pipeline body.</summary>
    Constant,
}

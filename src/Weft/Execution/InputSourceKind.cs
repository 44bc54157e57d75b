namespace Weft;

/// <summary>What kind of value feeds a step input.</summary>
internal enum InputSourceKind
{
    Artifact,
    Parameter,
    Constant,
}

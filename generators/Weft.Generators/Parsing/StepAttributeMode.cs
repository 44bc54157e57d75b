namespace Weft.Generators.Parsing;

/// <summary>Test hook of <see cref="StepAttributeSyntax"/>. Production never sets it.</summary>
internal static class StepAttributeMode
{
    private static volatile bool s_crossCheck;

    /// <summary>
    /// When set, every answer read from syntax is also read by binding the attributes, and a difference throws (and so
    /// surfaces as WEFT0000 in whatever test ran it).
    /// </summary>
    public static bool CrossCheck
    {
        get => s_crossCheck;
        set => s_crossCheck = value;
    }
}

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>A WEFT diagnostic a test expects: its ID, the marked span it sits on (by marker order) and its message arguments.</summary>
public sealed record ExpectedDiagnostic(string Id, int Marker, string[] Arguments)
{
    /// <summary>Expects <paramref name="id"/> at marker <paramref name="marker"/> with exactly these message arguments.</summary>
    public static ExpectedDiagnostic At(int marker, string id, params string[] arguments) => new(id, marker, arguments);
}

namespace Weft.PackageTests.Infrastructure;

/// <summary>One diagnostic line of MSBuild's console output; <see cref="Line"/> and <see cref="Column"/> are 1-based, 0 when absent.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{Path.GetFileName(File)}({Line},{Column}): {Severity} {Id}: {Message}";
}

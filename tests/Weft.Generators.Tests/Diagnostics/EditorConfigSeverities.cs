using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// Stands in for the compiler's .editorconfig provider: <c>dotnet_diagnostic.&lt;id&gt;.severity = ...</c> for every tree.
/// </summary>
public sealed class EditorConfigSeverities : SyntaxTreeOptionsProvider
{
    private readonly (string Id, ReportDiagnostic Severity)[] _severities;

    public EditorConfigSeverities(params (string Id, ReportDiagnostic Severity)[] severities) => _severities = severities;

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        foreach (var (id, value) in _severities)
        {
            if (id == diagnosticId)
            {
                severity = value;
                return true;
            }
        }

        severity = ReportDiagnostic.Default;
        return false;
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = ReportDiagnostic.Default;
        return false;
    }
}

using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Diagnostics;

/// <summary>
/// Stands in for the compiler's analyzer-config provider: <c>dotnet_diagnostic.&lt;id&gt;.severity = ...</c> either in an
/// .editorconfig section that matches every file, or in a global config (<c>is_global = true</c>, e.g. a .globalconfig).
/// </summary>
public sealed class EditorConfigSeverities : SyntaxTreeOptionsProvider
{
    private readonly bool _global;
    private readonly (string Id, ReportDiagnostic Severity)[] _severities;

    private EditorConfigSeverities(bool global, (string Id, ReportDiagnostic Severity)[] severities)
    {
        _global = global;
        _severities = severities;
    }

    /// <summary>An .editorconfig whose <c>[*.cs]</c> section sets these severities.</summary>
    public static EditorConfigSeverities PerFile(params (string Id, ReportDiagnostic Severity)[] severities) => new(false, severities);

    /// <summary>A global config (<c>is_global = true</c>) that sets these severities.</summary>
    public static EditorConfigSeverities Global(params (string Id, ReportDiagnostic Severity)[] severities) => new(true, severities);

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => Find(!_global, diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        => Find(_global, diagnosticId, out severity);

    private bool Find(bool applies, string diagnosticId, out ReportDiagnostic severity)
    {
        foreach (var (id, value) in _severities)
        {
            if (applies && id == diagnosticId)
            {
                severity = value;
                return true;
            }
        }

        severity = ReportDiagnostic.Default;
        return false;
    }
}

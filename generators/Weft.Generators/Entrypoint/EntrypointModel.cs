using Microsoft.CodeAnalysis;
using Weft.Generators.Helpers;
using Weft.Generators.Model;

namespace Weft.Generators.Entrypoint;

/// <summary>The entrypoint decision: emit <c>Main</c> or not, and the diagnostics that explain a refusal.</summary>
/// <param name="Emit">Whether to emit <c>Main</c>.</param>
/// <param name="Extensions">The packages whose <c>Register()</c> <c>Main</c> calls (<see cref="ProjectFacts.Extensions"/>).</param>
/// <param name="Diagnostics">Why <c>Main</c> is not emitted, if it is not.</param>
internal sealed record EntrypointModel(bool Emit, EquatableArray<string> Extensions, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private static readonly EntrypointModel s_nothing = new(false, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <param name="enabled">The project sets WeftEntrypoint to true.</param>
    /// <param name="project">Output kind and references.</param>
    /// <param name="existingEntryPoints">A WEFT0017 per <c>Main</c> or top-level-statement file the user wrote.</param>
    public static EntrypointModel Create(bool enabled, ProjectFacts project, EquatableArray<DiagnosticInfo> existingEntryPoints)
    {
        // A library may set the property through a shared Directory.Build.props: it has no entry point to generate.
        if (!enabled || !project.IsExecutable)
        {
            return s_nothing;
        }

        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>(existingEntryPoints);
        if (!project.ReferencesCli)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EntrypointNeedsCli, Location.None));
        }

        return new EntrypointModel(diagnostics.Count == 0, project.Extensions, diagnostics.ToEquatableArray());
    }
}

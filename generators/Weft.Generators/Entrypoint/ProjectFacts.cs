using Weft.Generators.Helpers;

namespace Weft.Generators.Entrypoint;

/// <summary>What the entrypoint needs to know about the compilation, as values.</summary>
/// <param name="IsExecutable">The project builds a program (an exe), not a library.</param>
/// <param name="ReferencesCli">Weft.Cli, which the generated <c>Main</c> calls, is referenced.</param>
/// <param name="Extensions">The referenced Weft packages whose <c>Register()</c> <c>Main</c> calls first, as full type names in ordinal order.</param>
internal sealed record ProjectFacts(bool IsExecutable, bool ReferencesCli, EquatableArray<string> Extensions)
{
    /// <summary>What a project that does not ask for the entrypoint is taken to be: nothing is generated for it.</summary>
    public static ProjectFacts None { get; } = new(false, false, EquatableArray<string>.Empty);
}

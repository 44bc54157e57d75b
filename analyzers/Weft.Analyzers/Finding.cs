using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>A nondeterministic operation found in one method: which rule, where, and the culprit as users write it.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor rule, Location location, string culprit)
    {
        Rule = rule;
        Location = location;
        Culprit = culprit;
    }

    public DiagnosticDescriptor Rule { get; }

    public Location Location { get; }

    public string Culprit { get; }
}

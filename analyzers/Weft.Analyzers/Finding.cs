using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>A nondeterministic operation found in one method: which rule, where, and the culprit as users write it.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor rule, Location location, string culprit)
        : this(rule, location, culprit, NoParameter)
    {
    }

    public Finding(DiagnosticDescriptor rule, Location location, string culprit, int inputParameter)
    {
        Rule = rule;
        Location = location;
        Culprit = culprit;
        InputParameter = inputParameter;
    }

    /// <summary>The <see cref="InputParameter"/> of a finding that holds whatever the callers pass.</summary>
    public const int NoParameter = -1;

    public DiagnosticDescriptor Rule { get; }

    public Location Location { get; }

    public string Culprit { get; }

    /// <summary>
    /// The ordinal of the method's parameter the finding depends on: a helper that reads the file its caller names is fine
    /// when the caller passes a path that comes from an input. <see cref="NoParameter"/> when no caller can make it fine.
    /// </summary>
    public int InputParameter { get; }
}

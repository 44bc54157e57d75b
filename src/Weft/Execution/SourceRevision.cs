using System.Reflection;
using System.Runtime.CompilerServices;

namespace Weft;

/// <summary>
/// The source revision (git commit) a pipeline was built from, read once per definition from its assembly's attributes:
/// <c>AssemblyMetadata("SourceRevisionId")</c> or <c>("RepositoryCommit")</c> when the build adds them, else the
/// <c>+sha</c> suffix SourceLink puts on <c>AssemblyInformationalVersion</c>.
/// </summary>
internal static class SourceRevision
{
    private static readonly ConditionalWeakTable<PipelineDefinition, StrongBox<string?>> s_revisions = new();

    public static string? Of(PipelineDefinition definition)
        => s_revisions.GetValue(definition, static d => new StrongBox<string?>(Read(d))).Value;

    private static string? Read(PipelineDefinition definition)
    {
        // The generated invokers live in the pipeline's assembly; the definition holds no Type to ask directly. An invoker
        // made from another delegate (new StepInvoker(func)) points at that delegate's Invoke: follow it to the real method.
        if (definition.Nodes.Count == 0)
        {
            return null;
        }

        Delegate invoker = definition.Nodes[0].Invoker;
        while (invoker.Target is Delegate inner)
        {
            invoker = inner;
        }

        var assembly = invoker.Method.DeclaringType?.Assembly;
        if (assembly is null || assembly == typeof(object).Assembly)
        {
            return null;
        }

        foreach (var metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (metadata.Key is "SourceRevisionId" or "RepositoryCommit" && !string.IsNullOrWhiteSpace(metadata.Value))
            {
                return metadata.Value.Trim();
            }
        }

        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plus = informational?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        return plus >= 0 && plus < informational!.Length - 1 ? informational[(plus + 1)..] : null;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace Weft;

/// <summary>
/// Every pipeline compiled into the loaded assemblies. Generated module initializers register each pipeline,
/// so the entrypoint finds pipelines by name without scanning types.
/// </summary>
public static class PipelineCatalog
{
    private static readonly object s_gate = new();
    private static readonly SortedDictionary<string, Func<PipelineDefinition>> s_factories = new(StringComparer.Ordinal);

    /// <summary>Registers a pipeline; called by generated code.</summary>
    /// <exception cref="InvalidOperationException">Another pipeline with that name is registered.</exception>
    public static void Register(string name, Func<PipelineDefinition> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (s_gate)
        {
            if (s_factories.TryGetValue(name, out var existing) && !ReferenceEquals(existing, factory))
            {
                var other = existing();
                var mine = factory();
                if (!string.Equals(other.TypeName, mine.TypeName, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Two pipelines are named '{name}': {other.TypeName} and {mine.TypeName}. Rename one with [Pipeline(Name = ...)].");
                }
            }

            s_factories[name] = factory;
        }
    }

    /// <summary>The registered pipeline names, sorted.</summary>
    public static IReadOnlyList<string> Names
    {
        get
        {
            lock (s_gate)
            {
                return [.. s_factories.Keys];
            }
        }
    }

    /// <summary>Finds a pipeline by name.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out PipelineDefinition? definition)
    {
        Func<PipelineDefinition>? factory;
        lock (s_gate)
        {
            s_factories.TryGetValue(name, out factory);
        }

        definition = factory?.Invoke();
        return definition is not null;
    }
}

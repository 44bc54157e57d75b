namespace Weft.Cli;

/// <summary>Finds a pipeline of this program by the name the user typed, or explains which names exist.</summary>
internal static class PipelineLookup
{
    public static PipelineDefinition Find(string? name)
    {
        var known = PipelineCatalog.Names;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw CommandLineException.Usage(known.Count == 0
                ? "Name a pipeline; this program contains none (mark a static partial class [Pipeline])."
                : $"Name a pipeline. Known pipelines: {string.Join(", ", known)}.");
        }

        if (PipelineCatalog.TryGet(name, out var definition))
        {
            return definition;
        }

        if (known.Count == 0)
        {
            throw CommandLineException.Usage($"Unknown pipeline '{name}': this program contains no pipelines.");
        }

        throw CommandLineException.Usage($"Unknown pipeline '{name}'. Known pipelines: {string.Join(", ", known)}.{NameSuggestion.Hint(name, known)}");
    }
}

namespace Weft.Cli.Parameters;

/// <summary>
/// Turns <c>--param name=value</c> pairs into a run's arguments: each value through its parameter's generated
/// <see cref="PipelineParameter.Parse"/>, with every mistake reported as one usage error naming the parameter.
/// </summary>
internal static class ParameterBinder
{
    public static Dictionary<string, object?> Bind(PipelineDefinition definition, IReadOnlyList<string> pairs)
    {
        var byName = definition.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw CommandLineException.Usage($"--param '{pair}' is not name=value. Parameters of '{definition.Name}': {ParameterDescriptions.List(definition)}.");
            }

            var name = pair[..separator].Trim();
            var text = pair[(separator + 1)..];
            if (!byName.TryGetValue(name, out var parameter))
            {
                throw CommandLineException.Usage(definition.Parameters.Count == 0
                    ? $"Pipeline '{definition.Name}' has no parameter '{name}': it takes no parameters."
                    : $"Pipeline '{definition.Name}' has no parameter '{name}'.{NameSuggestion.Hint(name, byName.Keys)} Parameters: {ParameterDescriptions.List(definition)}.");
            }

            if (arguments.ContainsKey(name))
            {
                throw CommandLineException.Usage($"--param {name} is given more than once.");
            }

            arguments[name] = Parse(definition, parameter, text);
        }

        foreach (var parameter in definition.Parameters)
        {
            if (!parameter.HasDefault && !arguments.ContainsKey(parameter.Name))
            {
                throw CommandLineException.Usage(
                    $"Pipeline '{definition.Name}' needs parameter '{parameter.Name}' ({TypeText.Short(parameter.TypeName)}): pass --param {parameter.Name}=<value>.");
            }
        }

        foreach (var (name, value) in arguments)
        {
            CheckDataFiles(byName[name], value);
        }

        return arguments;
    }

    private static object? Parse(PipelineDefinition definition, PipelineParameter parameter, string text)
    {
        try
        {
            return parameter.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidCastException)
        {
            throw CommandLineException.Usage($"Parameter '{parameter.Name}' ({TypeText.Short(parameter.TypeName)}) of pipeline '{definition.Name}': {ex.Message}");
        }
    }

    // A missing input file is the user's mistake, so it is reported before the run, not as a failed step.
    private static void CheckDataFiles(PipelineParameter parameter, object? value)
    {
        switch (value)
        {
            case DataFile file:
                CheckExists(parameter, file);
                break;
            case IEnumerable<DataFile> files:
                foreach (var file in files)
                {
                    CheckExists(parameter, file);
                }

                break;
        }
    }

    private static void CheckExists(PipelineParameter parameter, DataFile file)
    {
        if (!File.Exists(file.FullPath))
        {
            throw CommandLineException.Usage(Directory.Exists(file.FullPath)
                ? $"Parameter '{parameter.Name}': '{file.Path}' is a directory, not a file."
                : $"Parameter '{parameter.Name}': file '{file.Path}' does not exist{(Path.IsPathFullyQualified(file.Path) ? string.Empty : $" (looked for {file.FullPath})")}.");
        }
    }
}

using System.Globalization;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>
/// The values of a run's parameters as the text the entrypoint parses (<c>--param name=value</c>): given ones checked with
/// the parameter's own parser, defaults written culture-invariant when they read back equal. The files of
/// <see cref="DataFile"/> parameters are not looked for: they are paths inside the pod, not on this machine.
/// </summary>
internal static class ParameterTexts
{
    public static IReadOnlyList<(string Name, string Value)> Resolve(PipelineDefinition definition, IReadOnlyList<string> pairs)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw CommandLineException.Usage($"--param '{pair}' is not name=value. Parameters of '{definition.Name}': {Names(definition)}.");
            }

            var name = pair[..separator].Trim();
            var text = pair[(separator + 1)..];
            var parameter = definition.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
                ?? throw CommandLineException.Usage($"Pipeline '{definition.Name}' has no parameter '{name}'. Parameters: {Names(definition)}.");
            if (!given.TryAdd(name, text))
            {
                throw CommandLineException.Usage($"--param {name} is given more than once.");
            }

            try
            {
                parameter.Parse(text);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidCastException)
            {
                throw CommandLineException.Usage($"Parameter '{name}' of pipeline '{definition.Name}': {ex.Message}");
            }
        }

        var values = new List<(string, string)>(definition.Parameters.Count);
        foreach (var parameter in definition.Parameters)
        {
            if (given.TryGetValue(parameter.Name, out var text))
            {
                values.Add((parameter.Name, text));
            }
            else if (!parameter.HasDefault)
            {
                throw CommandLineException.Usage($"Pipeline '{definition.Name}' needs parameter '{parameter.Name}': pass --param {parameter.Name}=<value>.");
            }
            else if (DefaultText(parameter) is { } defaultText)
            {
                values.Add((parameter.Name, defaultText));
            }
        }

        return values;
    }

    // A default that does not read back as itself (an array, a data file) is left to the program's own default.
    private static string? DefaultText(PipelineParameter parameter)
    {
        var value = parameter.DefaultValue;
        if (value is null or Array or DataFile)
        {
            return null;
        }

        var text = value switch
        {
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (text is null)
        {
            return null;
        }

        try
        {
            return Equals(parameter.Parse(text), value) ? text : null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }

    private static string Names(PipelineDefinition definition)
        => definition.Parameters.Count == 0 ? "none" : string.Join(", ", definition.Parameters.Select(p => p.Name));
}

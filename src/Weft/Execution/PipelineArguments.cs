namespace Weft;

/// <summary>Checks a run's arguments against the pipeline's parameters and lays them out in parameter order.</summary>
internal static class PipelineArguments
{
    // Value types the generator may name without '?', as keywords or (after dropping "System.") type names. Other value
    // types (enums, user structs) are recognized by a value-type default.
    private static readonly HashSet<string> s_valueTypes = new(StringComparer.Ordinal)
    {
        "bool", "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "decimal", "char", "nint", "nuint",
        "Boolean", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Int128", "UInt128", "Half", "Single", "Double",
        "Decimal", "Char", "IntPtr", "UIntPtr", "DateTime", "DateTimeOffset", "TimeSpan", "DateOnly", "TimeOnly", "Guid",
    };

    /// <summary>One value per parameter, in <see cref="PipelineDefinition.Parameters"/> order; a missing parameter with a default gets it.</summary>
    /// <exception cref="ArgumentException">An argument is missing (and has no default), unknown, or null for a non-nullable value type.</exception>
    public static object?[] Bind(ExecutionPlan plan, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var definition = plan.Definition;
        foreach (var name in arguments.Keys)
        {
            if (!plan.ParameterIndex.ContainsKey(name))
            {
                throw new ArgumentException(definition.Parameters.Count == 0
                    ? $"Pipeline '{definition.Name}' has no parameter '{name}': it takes no parameters."
                    : $"Pipeline '{definition.Name}' has no parameter '{name}'. Parameters: {string.Join(", ", definition.Parameters.Select(p => p.Name))}.",
                    nameof(arguments));
            }
        }

        var values = new object?[definition.Parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = definition.Parameters[i];
            if (arguments.TryGetValue(parameter.Name, out var value))
            {
                if (value is null && RejectsNull(parameter))
                {
                    throw new ArgumentException(
                        $"Parameter '{parameter.Name}' of pipeline '{definition.Name}' is a {parameter.TypeName} and cannot be null.", nameof(arguments));
                }

                values[i] = value;
            }
            else if (parameter.HasDefault)
            {
                values[i] = parameter.DefaultValue;
            }
            else
            {
                throw new ArgumentException(
                    $"Pipeline '{definition.Name}' needs a value for parameter '{parameter.Name}' ({parameter.TypeName}): it has no default.", nameof(arguments));
            }
        }

        return values;
    }

    /// <summary>Whether <paramref name="parameter"/> is a non-nullable value type, judged by its type name or its default.</summary>
    internal static bool RejectsNull(PipelineParameter parameter)
    {
        var type = parameter.TypeName.AsSpan().Trim();
        if (type.StartsWith("global::", StringComparison.Ordinal))
        {
            type = type["global::".Length..];
        }

        if (type.StartsWith("System.", StringComparison.Ordinal))
        {
            type = type["System.".Length..];
        }

        if (type.EndsWith('?') || type.StartsWith("Nullable", StringComparison.Ordinal))
        {
            return false;
        }

        // An enum or struct parameter is known by its default's runtime type; a nullable one was ruled out above.
        return s_valueTypes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(type) || parameter.DefaultValue is ValueType;
    }
}

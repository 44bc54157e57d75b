using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s;

namespace Weft.Kubernetes.Tests.Manifests.ArgoSchema;

/// <summary>
/// The Argo Workflows types from the vendored <c>.d.ts</c> files: per interface, its properties with their TypeScript types
/// and whether they are required. <see cref="Validate"/> checks a JSON value against an interface and lists every violation.
/// </summary>
public sealed partial class ArgoSchema
{
    private const string ArgoPrefix = "IComGithubArgoprojArgoWorkflowsV4PkgApisWorkflowV1alpha1";
    private const string CorePrefix = "IIoK8sApiCoreV1";

    private readonly Dictionary<string, Dictionary<string, (string Type, bool Required)>> _interfaces = new(StringComparer.Ordinal);

    // String unions: export type IConcurrencyPolicy = "Allow" | "Forbid" | "Replace";
    private readonly Dictionary<string, HashSet<string>> _unions = new(StringComparer.Ordinal);

    private ArgoSchema()
    {
    }

    public IReadOnlyCollection<string> Interfaces => _interfaces.Keys;

    /// <summary>The string unions read (such as <c>IConcurrencyPolicy</c>).</summary>
    public IReadOnlyCollection<string> Unions => _unions.Keys;

    /// <summary>Reads every <c>.d.ts</c> file in <paramref name="directory"/>.</summary>
    public static ArgoSchema Load(string directory)
    {
        var schema = new ArgoSchema();
        foreach (var file in Directory.GetFiles(directory, "*.d.ts").Order(StringComparer.Ordinal))
        {
            schema.Read(File.ReadAllLines(file));
        }

        return schema;
    }

    /// <summary>The violations of <paramref name="value"/> against interface <paramref name="name"/> (such as <c>IWorkflow</c>), as "path: problem".</summary>
    public IReadOnlyList<string> Validate(JsonNode? value, string name)
    {
        var errors = new List<string>();
        Check(value, "I" + name.TrimStart('I'), "$", errors);
        return errors;
    }

    private void Read(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var union = StringUnion().Match(lines[i]);
            if (union.Success)
            {
                _unions[union.Groups["name"].Value] = [.. union.Groups["values"].Value.Split('|', StringSplitOptions.TrimEntries)];
                continue;
            }

            var start = InterfaceStart().Match(lines[i]);
            if (!start.Success)
            {
                continue;
            }

            var properties = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
            for (i++; i < lines.Length && lines[i] != "}"; i++)
            {
                var property = Property().Match(lines[i]);
                if (!property.Success)
                {
                    continue;
                }

                var type = property.Groups["type"].Value.TrimEnd(';');
                if (type == "{")
                {
                    // An inline map type spans lines: { [key: string]: T; }
                    var inner = lines[++i].Trim().TrimEnd(';');
                    for (i++; i < lines.Length && lines[i].Trim() != "};"; i++)
                    {
                    }

                    type = "{" + inner + "}";
                }

                properties[property.Groups["name"].Value] = (type, property.Groups["optional"].Value.Length == 0);
            }

            _interfaces[start.Groups["name"].Value] = properties;
        }
    }

    private void Check(JsonNode? value, string type, string path, List<string> errors)
    {
        if (type.StartsWith("Array<", StringComparison.Ordinal))
        {
            if (value is not JsonArray array)
            {
                errors.Add($"{path}: expected an array ({type})");
                return;
            }

            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], type[6..^1], $"{path}[{i}]", errors);
            }

            return;
        }

        switch (type)
        {
            case "string":
                Expect(value is JsonValue v && v.TryGetValue<string>(out _), path, type, errors);
                return;
            case "number":
                Expect(value is JsonValue n && (n.TryGetValue<long>(out _) || n.TryGetValue<double>(out _)), path, type, errors);
                return;
            case "boolean":
                Expect(value is JsonValue b && b.TryGetValue<bool>(out _), path, type, errors);
                return;
            case "IIoK8sApimachineryPkgUtilIntstrIntOrString":
                Expect(value is JsonValue s && (s.TryGetValue<string>(out _) || s.TryGetValue<long>(out _)), path, "int or string", errors);
                return;
            case "{[key: string]: string}":
                Expect(value is JsonObject map && map.All(p => p.Value is JsonValue e && e.TryGetValue<string>(out _)), path, "a map of strings", errors);
                return;
            case "IIoK8sApimachineryPkgApisMetaV1ObjectMeta":
                StrictKubernetes(value, typeof(k8s.Models.V1ObjectMeta), path, errors);
                return;
        }

        if (type.StartsWith('"'))
        {
            Expect(value is JsonValue literal && literal.TryGetValue<string>(out var text) && "\"" + text + "\"" == type, path, type, errors);
            return;
        }

        if (type.StartsWith(CorePrefix, StringComparison.Ordinal))
        {
            var model = typeof(k8s.Models.V1Pod).Assembly.GetType("k8s.Models.V1" + type[CorePrefix.Length..]);
            if (model is null)
            {
                errors.Add($"{path}: no KubernetesClient model for {type}");
                return;
            }

            StrictKubernetes(value, model, path, errors);
            return;
        }

        var name = type.StartsWith(ArgoPrefix, StringComparison.Ordinal) ? "I" + type[ArgoPrefix.Length..] : type;
        if (_unions.TryGetValue(name, out var literals))
        {
            Expect(value is JsonValue member && member.TryGetValue<string>(out var text) && literals.Contains("\"" + text + "\""), path, string.Join(" | ", literals), errors);
            return;
        }

        if (!_interfaces.TryGetValue(name, out var properties))
        {
            errors.Add($"{path}: type {type} is not vendored; add {name[1..]}.d.ts from @kubernetes-models/argo-workflows to ArgoSchema/");
            return;
        }

        if (value is not JsonObject obj)
        {
            errors.Add($"{path}: expected an object ({name})");
            return;
        }

        foreach (var (key, child) in obj)
        {
            if (properties.TryGetValue(key, out var property))
            {
                Check(child, property.Type, $"{path}.{key}", errors);
            }
            else
            {
                errors.Add($"{path}.{key}: {name} has no field '{key}'");
            }
        }

        foreach (var (key, property) in properties.Where(p => p.Value.Required))
        {
            if (!obj.ContainsKey(key))
            {
                errors.Add($"{path}: {name} requires '{key}' ({property.Type})");
            }
        }
    }

    private static void StrictKubernetes(JsonNode? value, Type model, string path, List<string> errors)
    {
        // JSON is YAML, and KubernetesClient's YAML reader can reject unknown fields.
        var deserialize = typeof(KubernetesYaml).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(KubernetesYaml.Deserialize) && m.IsGenericMethod && m.GetParameters() is [{ ParameterType: var p }, _] && p == typeof(string))
            .MakeGenericMethod(model);
        try
        {
            deserialize.Invoke(null, [value?.ToJsonString() ?? "null", true]);
        }
        catch (TargetInvocationException ex)
        {
            errors.Add($"{path}: not a valid {model.Name}: {ex.InnerException?.Message}");
        }
    }

    private static void Expect(bool ok, string path, string type, List<string> errors)
    {
        if (!ok)
        {
            errors.Add($"{path}: expected {type}");
        }
    }

    [GeneratedRegex(@"^export type (?<name>I\w+) = (?<values>""[^""]*""(?: \| ""[^""]*"")*);$")]
    private static partial Regex StringUnion();

    [GeneratedRegex(@"^export interface (?<name>I\w+)(?: extends \w+)? \{$")]
    private static partial Regex InterfaceStart();

    [GeneratedRegex(@"^    ""(?<name>[^""]+)""(?<optional>\?)?: (?<type>.+)$")]
    private static partial Regex Property();
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Weft.Generators.Helpers;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// Finds pipelines of one assembly that share a catalog name: the catalog (and so the command line) finds pipelines by
/// name, so a clash would otherwise surface only when the assembly loads.
/// </summary>
internal static class DuplicateNames
{
    public static EquatableArray<DiagnosticInfo> Find(ImmutableArray<PipelineNameInfo?> names)
    {
        var result = new List<DiagnosticInfo>();
        var ordered = names
            .Where(n => n is not null)
            .Select(n => n!)
            .OrderBy(n => n.Location.FilePath, System.StringComparer.Ordinal)
            .ThenBy(n => n.Location.Span.Start);
        var first = new Dictionary<string, PipelineNameInfo>(System.StringComparer.Ordinal);
        foreach (var name in ordered)
        {
            if (!first.TryGetValue(name.Name, out var owner))
            {
                first[name.Name] = name;
                continue;
            }

            if (owner.TypeName != name.TypeName)
            {
                result.Add(name.Location with { Arguments = new[] { name.Name, owner.TypeName, name.TypeName }.ToEquatableArray() });
            }
        }

        return result.ToEquatableArray();
    }
}

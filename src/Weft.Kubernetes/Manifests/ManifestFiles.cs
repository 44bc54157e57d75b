using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>Writes rendered manifests into a folder, one file per object, numbered in apply order; each file appears whole or not at all.</summary>
internal static partial class ManifestFiles
{
    // How every rendered object is labelled (the built-in templates quote it so).
    private const string ManagedByWeft = "\"app.kubernetes.io/managed-by\": \"weft\"";

    /// <summary>
    /// Removes the files an earlier render wrote into <paramref name="directory"/> that this one did not (the Jobs, ConfigMap or
    /// Workflow of another run), so that applying the folder applies this render only. Only files named as
    /// <see cref="Write"/> names them whose object Weft manages are touched.
    /// </summary>
    /// <returns>The removed files, sorted.</returns>
    public static IReadOnlyList<string> RemoveEarlier(string directory, IReadOnlyCollection<string> written)
    {
        var keep = written.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                if (keep.Contains(Path.GetFileName(path)) || !RenderedName().IsMatch(Path.GetFileName(path))
                    || !File.ReadAllText(path).Contains(ManagedByWeft, StringComparison.Ordinal))
                {
                    continue;
                }

                File.Delete(path);
                removed.Add(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CommandLineException.Usage($"Cannot remove the manifests of an earlier render from '{directory}': {ex.Message}");
        }

        return removed;
    }

    [GeneratedRegex(@"^[0-9]{2,}-[a-z]+-[a-z0-9.-]+\.yaml$", RegexOptions.CultureInvariant)]
    private static partial Regex RenderedName();

    public static IReadOnlyList<string> Write(string directory, IReadOnlyList<RenderedManifest> manifests)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var paths = new List<string>(manifests.Count);
            for (var i = 0; i < manifests.Count; i++)
            {
                var manifest = manifests[i];
                var name = string.Create(CultureInfo.InvariantCulture, $"{i + 1:00}-{manifest.Kind.ToLowerInvariant()}-{manifest.Name}.yaml");
                var path = Path.Combine(directory, name);
                var temporary = Path.Combine(directory, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
                try
                {
                    File.WriteAllText(temporary, manifest.Yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    File.Move(temporary, path, overwrite: true);
                }
                finally
                {
                    // Gone once renamed; after a failed write or rename it would be litter in the user's folder.
                    File.Delete(temporary);
                }

                paths.Add(path);
            }

            return paths;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CommandLineException.Usage($"Cannot write the manifests to '{directory}': {ex.Message}");
        }
    }
}

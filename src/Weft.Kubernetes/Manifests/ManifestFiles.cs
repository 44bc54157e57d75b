using System.Globalization;
using System.Text;
using Weft.Cli;

namespace Weft.Kubernetes.Manifests;

/// <summary>Writes rendered manifests into a folder, one file per object, numbered in apply order; each file appears whole or not at all.</summary>
internal static class ManifestFiles
{
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
                File.WriteAllText(temporary, manifest.Yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, path, overwrite: true);
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

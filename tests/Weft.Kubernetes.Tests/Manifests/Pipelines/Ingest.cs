using Weft;

namespace Weft.Kubernetes.Tests.Manifests.Pipelines;

/// <summary>A pipeline with a data file parameter: in rendered manifests its path is a path inside the pods.</summary>
[Pipeline]
public static partial class Ingest
{
    static void Define(DataFile source, int limit = 3)
    {
        var lines = Read(source);
        Count(lines, limit);
    }

    [Step]
    static string[] Read(DataFile file) => File.ReadAllLines(file.Path);

    [Step]
    static int Count(string[] lines, int limit) => Math.Min(lines.Length, limit);
}

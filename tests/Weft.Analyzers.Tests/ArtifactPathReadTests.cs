using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT1005 and the paths of <c>ArtifactFile</c>/<c>ArtifactDirectory</c>: stored artifacts, not outside inputs.</summary>
public sealed class ArtifactPathReadTests
{
    [Fact]
    public Task ReadsOfArtifactPaths_AndOfPathsCombinedFromThem_AreNotReported() => VerifyAsync("""
        using System.IO;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static long Evaluate(ArtifactFile model, ArtifactDirectory saved, ArtifactFile[] shards)
            {
                using var stream = File.OpenRead(model.Path);
                var folder = saved.Path;
                var index = Path.Combine(folder, "variables", "variables.index");
                long size = stream.Length + File.ReadAllText(index).Length + new FileInfo(model.Path).Length;
                foreach (var file in Directory.EnumerateFiles(saved.Path, "*", SearchOption.AllDirectories))
                {
                    size += File.ReadAllBytes(file).Length;
                }

                return size + shards.Sum(s => File.ReadAllBytes(s.Path).Length) + Checksum(model);
            }

            [Step] public static ArtifactFile Train()
            {
                var model = ArtifactFile.Create("model.zip");
                File.WriteAllText(model.Path, "w");
                var check = File.ReadAllText(model.Path);
                return check.Length > 0 ? model : model;
            }

            static int Checksum(ArtifactFile file) => File.ReadAllBytes(file.Path).Sum(b => b);
        }
        """);

    [Fact]
    public Task AnArtifactsNameIsNotAPath_AndReadingItIsReported() => VerifyAsync("""
        using System.IO;
        using Weft;

        public static class Steps
        {
            [Step] public static int Evaluate(ArtifactFile model) => {|#0:File.ReadAllText(model.Name)|}.Length;
        }
        """,
        Expect(DiagnosticDescriptors.FileSystemRead, 0, "Evaluate", "", "File.ReadAllText()"));
}

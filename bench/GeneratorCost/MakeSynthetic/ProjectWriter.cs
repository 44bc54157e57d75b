using System.Globalization;
using System.Text;

namespace MakeSynthetic;

/// <summary>Lays out the synthetic project; sources are rewritten from scratch so a smaller run leaves no stale files.</summary>
internal sealed class ProjectWriter(SyntheticOptions options)
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int ContextCount => (options.Pipelines * JsonSource.TypesPerPipeline + options.TypesPerContext - 1) / options.TypesPerContext;

    public void Write()
    {
        var root = options.OutputDirectory;
        Directory.CreateDirectory(root);
        foreach (var folder in new[] { "Pipelines", "Json" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            Directory.CreateDirectory(path);
        }

        WriteFile("Synthetic.csproj", ProjectSource.ProjectFile(options.RepositoryRoot));
        WriteFile("GlobalUsings.cs", ProjectSource.GlobalUsings);
        WriteFile("Unrelated.cs", ProjectSource.Unrelated);

        for (var i = 0; i < options.Pipelines; i++)
        {
            var n = Index(i);
            WriteFile($"Pipelines/Pipeline{n}.cs", PipelineSource.Pipeline(i));
            WriteFile($"Pipelines/Pipeline{n}.Types.cs", PipelineSource.Types(i));
            WriteFile($"Json/Types{n}.cs", JsonSource.Types(i));
        }

        var pipelinesPerContext = options.TypesPerContext / JsonSource.TypesPerPipeline;
        for (var c = 0; c * pipelinesPerContext < options.Pipelines; c++)
        {
            var first = c * pipelinesPerContext;
            var members = Enumerable.Range(first, Math.Min(pipelinesPerContext, options.Pipelines - first));
            WriteFile($"Json/JsonContext{c.ToString(CultureInfo.InvariantCulture)}.cs", JsonSource.Context(c, members));
        }
    }

    /// <summary>The zero-padded index that names a pipeline's class, types and files.</summary>
    public static string Index(int i) => i.ToString("D3", CultureInfo.InvariantCulture);

    private void WriteFile(string relativePath, string text)
        => File.WriteAllText(Path.Combine(options.OutputDirectory, relativePath), text.ReplaceLineEndings("\n"), s_utf8);
}

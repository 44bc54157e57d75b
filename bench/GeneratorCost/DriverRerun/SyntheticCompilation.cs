using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DriverRerun;

/// <summary>The synthetic project as the compiler sees it in a build: its sources, .NET 10 reference assemblies and Weft.</summary>
internal static class SyntheticCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    public static CSharpCompilation Load(string sourceDirectory, string weftAssembly)
    {
        var root = Path.GetFullPath(sourceDirectory);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(root, path))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no C# sources under {root}");
        }

        var trees = files.Select(path => CSharpSyntaxTree.ParseText(
            SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), ParseOptions, path));
        ImmutableArray<MetadataReference> references =
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(Path.GetFullPath(weftAssembly)),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        ];
        return CSharpCompilation.Create(
            "Synthetic",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
    }

    /// <summary>The tree whose path ends with <paramref name="relativePath"/> (forward slashes).</summary>
    public static SyntaxTree Find(Compilation compilation, string relativePath)
    {
        var suffix = Path.DirectorySeparatorChar + relativePath.Replace('/', Path.DirectorySeparatorChar);
        return compilation.SyntaxTrees.SingleOrDefault(tree => tree.FilePath.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the synthetic project has no file {relativePath}");
    }

    private static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Incremental;

/// <summary>
/// One generator driver kept across edits, as an IDE or a watch build keeps it: each edit derives the next compilation
/// from the previous one (unchanged trees stay the same objects), so the driver's caches can hold.
/// </summary>
public sealed class GeneratorSession
{
    private GeneratorDriver _driver = GeneratorHarness.CreateDriver();

    private GeneratorSession(CSharpCompilation compilation) => Compilation = compilation;

    public CSharpCompilation Compilation { get; private set; }

    /// <summary>The result of the latest run.</summary>
    public GeneratorRunResult Result { get; private set; } = default!;

    /// <summary>Starts a session and runs the generator over <paramref name="files"/> once.</summary>
    public static GeneratorSession Start(params (string Path, string Text)[] files)
    {
        var session = new GeneratorSession(GeneratorHarness.Compile(files));
        session.Run();
        return session;
    }

    /// <summary>Rewrites one file (as an incremental reparse of the old tree) and runs again.</summary>
    public GeneratorRunResult Edit(string path, Func<string, string> change)
    {
        var tree = Compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var before = tree.GetText().ToString();
        var after = change(before);
        Assert.NotEqual(before, after);
        Compilation = Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(after)));
        return Run();
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in <paramref name="path"/>, which must contain it.</summary>
    public GeneratorRunResult Replace(string path, string oldText, string newText) => Edit(path, text =>
    {
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{oldText}' is not in {path}");
        return string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length));
    });

    /// <summary>Adds a file and runs again.</summary>
    public GeneratorRunResult Add(string path, string text)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));
        return Run();
    }

    /// <summary>Runs the generator over the current compilation.</summary>
    public GeneratorRunResult Run()
    {
        _driver = _driver.RunGenerators(Compilation);
        Result = _driver.GetRunResult().Results.Single();
        Assert.True(Result.Exception is null, "The generator threw: " + Result.Exception);
        return Result;
    }

    /// <summary>Every generated source by hint name, from the latest run.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Every diagnostic the generator reported in the latest run.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;
}

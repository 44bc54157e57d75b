using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DriverRerun;

/// <summary>
/// The edits the benchmark times. They rewrite spots the MakeSynthetic tool lays down ("var offset = 0;" in each
/// Clean step, "long Count)" in each Metrics record) through text changes, so the trees are reparsed incrementally
/// as in an editor.
/// </summary>
internal static class SourceEdits
{
    public static SourceEdit CommentInUnrelatedFile() => new(
        "comment added to an unrelated file",
        "Unrelated.cs",
        (compilation, k) => Change(compilation, "Unrelated.cs", text => new TextChange(new TextSpan(text.Length, 0), $"// edit {k}\n")));

    public static SourceEdit NewUnrelatedClass() => new(
        "new file with an unrelated class",
        "AddedN.cs",
        (compilation, k) =>
        {
            var directory = Path.GetDirectoryName(SyntheticCompilation.Find(compilation, "Unrelated.cs").FilePath)!;
            var text = $"namespace Synthetic;\n\ninternal static class Added{k}\n{{\n    public static int Value => {k};\n}}\n";
            return compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                SourceText.From(text, System.Text.Encoding.UTF8), SyntheticCompilation.ParseOptions, Path.Combine(directory, $"Added{k}.cs")));
        });

    public static SourceEdit StepBody(string pipelineFile, string pipeline) => new(
        "one step body edited",
        $"{pipeline}.Clean",
        (compilation, k) => Change(compilation, pipelineFile, text => ReplaceBetween(text, "var offset = ", ";", k.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static SourceEdit RecordShape(string typesFile, string record) => new(
        "a property renamed in one record of its own",
        $"{record}.Count",
        (compilation, k) => Change(compilation, typesFile, text =>
        {
            var declaration = text.ToString().IndexOf($"record {record}(", StringComparison.Ordinal);
            return declaration < 0
                ? throw new InvalidOperationException($"{typesFile} declares no record {record}")
                : ReplaceBetween(text, "long Count", ")", k.ToString(System.Globalization.CultureInfo.InvariantCulture), declaration);
        }));

    private static Compilation Change(Compilation compilation, string relativePath, Func<SourceText, TextChange> change)
    {
        var tree = SyntheticCompilation.Find(compilation, relativePath);
        var text = tree.GetText();
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(change(text))));
    }

    private static TextChange ReplaceBetween(SourceText text, string prefix, string terminator, string replacement, int from = 0)
    {
        var content = text.ToString();
        var start = content.IndexOf(prefix, from, StringComparison.Ordinal);
        var end = start < 0 ? -1 : content.IndexOf(terminator, start + prefix.Length, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"edit marker '{prefix}...{terminator}' not found");
        }

        var valueStart = start + prefix.Length;
        return new TextChange(TextSpan.FromBounds(valueStart, end), replacement);
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Helpers;

namespace Weft.Generators.Model;

/// <summary>
/// A diagnostic to report, as values only (no <see cref="Location"/>, which would pin a compilation), so that it can
/// sit in an incremental model and compare by value.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
    {
        var span = location?.SourceSpan ?? default;
        var lineSpan = location?.GetLineSpan();
        return new DiagnosticInfo(descriptor.Id, lineSpan?.Path ?? string.Empty, span, lineSpan?.Span ?? default, arguments.ToEquatableArray());
    }

    /// <summary>
    /// The diagnostic, located in <paramref name="compilation"/>'s syntax tree when it has one with this path: a
    /// tree-bound location is what lets <c>#pragma warning disable</c> and per-file .editorconfig severities apply.
    /// </summary>
    public Diagnostic ToDiagnostic(Compilation? compilation = null)
    {
        var descriptor = DiagnosticCatalog.Find(Id);
        var tree = compilation is null || FilePath.Length == 0 ? null : FindTree(compilation, FilePath);
        var location = tree is not null && Span.End <= tree.Length
            ? Location.Create(tree, Span)
            : FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }

    private static SyntaxTree? FindTree(Compilation compilation, string path)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (string.Equals(tree.FilePath, path, System.StringComparison.Ordinal))
            {
                return tree;
            }
        }

        return null;
    }
}

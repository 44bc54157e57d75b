using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Caching;

/// <summary>
/// Keeps a transform's result for a declaration across compilations, and hands it back while nothing it was computed
/// from has changed: the same trees (the same objects, so the same text), the same declaration headers for every name
/// those trees mention, the same options, references and global directives.
/// </summary>
/// <remarks>
/// ForAttributeWithMetadataName reruns its transform for every attributed declaration on every compilation change; this
/// is what makes an edit elsewhere cost a few lookups instead of a fresh bind. Returning the same object also lets the
/// driver see the output as unchanged at once.
/// </remarks>
internal sealed class ResultCache<T>
    where T : class
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> _entries = new();

    public bool TryGet(SyntaxNode node, CompilationView view, CancellationToken ct, out T value)
    {
        value = null!;
        if (!_entries.TryGetValue(node, out var slot) || slot.Entry is not { } entry || !entry.IsValidIn(view, ct))
        {
            return false;
        }

        value = entry.Value;
        return true;
    }

    public void Store(SyntaxNode node, CompilationView view, Dependencies dependencies, T value, CancellationToken ct)
    {
        dependencies.AddTree(node.SyntaxTree);
        var entry = new Entry(
            value,
            view.Options,
            view.AssemblyName,
            view.ReferencesToken,
            view.GlobalHash,
            dependencies.Trees.Select(tree => (tree, view.Digest(tree, ct))).ToArray(),
            dependencies.Names.Select(name => (name.Kind, name.Name, view.Hash(name.Kind, name.Name))).ToArray());
        _entries.GetValue(node, static _ => new Slot()).Entry = entry;
    }

    /// <summary>Holds the latest entry of a node (netstandard2.0's table cannot replace a value).</summary>
    private sealed class Slot
    {
        private volatile Entry? _entry;

        public Entry? Entry
        {
            get => _entry;
            set => _entry = value;
        }
    }

    private sealed class Entry
    {
        private readonly CompilationOptions _options;
        private readonly string? _assemblyName;
        private readonly object _referencesToken;
        private readonly ulong _globalHash;
        private readonly (SyntaxTree Tree, ulong Digest)[] _trees;
        private readonly (NameKind Kind, string Name, ulong Hash)[] _names;

        public Entry(T value, CompilationOptions options, string? assemblyName, object referencesToken, ulong globalHash,
            (SyntaxTree, ulong)[] trees, (NameKind, string, ulong)[] names)
        {
            Value = value;
            _options = options;
            _assemblyName = assemblyName;
            _referencesToken = referencesToken;
            _globalHash = globalHash;
            _trees = trees;
            _names = names;
        }

        public T Value { get; }

        public bool IsValidIn(CompilationView view, CancellationToken ct)
        {
            if (!ReferenceEquals(_options, view.Options) || _assemblyName != view.AssemblyName
                || !ReferenceEquals(_referencesToken, view.ReferencesToken) || _globalHash != view.GlobalHash)
            {
                return false;
            }

            foreach (var (tree, digest) in _trees)
            {
                if (!view.Contains(tree) || view.Digest(tree, ct) != digest)
                {
                    return false;
                }
            }

            foreach (var (kind, name, hash) in _names)
            {
                if (view.Hash(kind, name) != hash)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

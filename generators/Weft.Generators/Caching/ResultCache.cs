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

    public void Store(SyntaxNode node, CompilationView view, Dependencies dependencies, T value)
    {
        dependencies.AddTree(node.SyntaxTree);
        _entries.GetValue(node, static _ => new Slot()).Entry = new Entry(value, view, dependencies.Trees.ToArray(), dependencies.NamesToArray());
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

    /// <summary>
    /// A result and what it was computed from. The hashes of its trees and names are taken from the compilation it was
    /// computed in only when a later compilation asks, so that a build that never asks never pays for them.
    /// </summary>
    private sealed class Entry
    {
        private readonly object _gate = new();
        private readonly CompilationOptions _options;
        private readonly string? _assemblyName;
        private readonly object _referencesToken;
        private readonly SyntaxTree[] _trees;
        private readonly (NameKind Kind, string Name)[] _names;
        private CompilationView? _computedIn;
        private ulong _globalHash;
        private ulong[]? _digests;
        private ulong[]? _hashes;

        public Entry(T value, CompilationView computedIn, SyntaxTree[] trees, (NameKind, string)[] names)
        {
            Value = value;
            _computedIn = computedIn;
            _options = computedIn.Options;
            _assemblyName = computedIn.AssemblyName;
            _referencesToken = computedIn.ReferencesToken;
            _trees = trees;
            _names = names;
        }

        public T Value { get; }

        public bool IsValidIn(CompilationView view, CancellationToken ct)
        {
            if (!ReferenceEquals(_options, view.Options) || _assemblyName != view.AssemblyName
                || !ReferenceEquals(_referencesToken, view.ReferencesToken))
            {
                return false;
            }

            lock (_gate)
            {
                if (ReferenceEquals(_computedIn, view))
                {
                    return true;
                }

                if (_computedIn is { } origin)
                {
                    _globalHash = origin.GlobalHash(ct);
                    _digests = _trees.Select(tree => origin.Digest(tree, ct)).ToArray();
                    _hashes = _names.Select(name => origin.Hash(name.Kind, name.Name, ct)).ToArray();
                    _computedIn = null;
                }

                if (_globalHash != view.GlobalHash(ct))
                {
                    return false;
                }

                for (var i = 0; i < _trees.Length; i++)
                {
                    if (!view.Contains(_trees[i]) || view.Digest(_trees[i], ct) != _digests![i])
                    {
                        return false;
                    }
                }

                for (var i = 0; i < _names.Length; i++)
                {
                    if (view.Hash(_names[i].Kind, _names[i].Name, ct) != _hashes![i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}

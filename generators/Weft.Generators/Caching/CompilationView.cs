using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Caching;

/// <summary>
/// What a cached result is checked against in one compilation: its trees, the combined surface of their declarations,
/// its options and references. Built once per compilation from the per-tree <see cref="TreeSurface"/>s.
/// </summary>
internal sealed class CompilationView
{
    private static readonly ConditionalWeakTable<Compilation, CompilationView> s_byCompilation = new();
    private static readonly object s_gate = new();
    private static CompilationView? s_previous;
    private static MetadataReference[]? s_lastReferences;
    private static object? s_lastReferencesToken;

    private readonly HashSet<SyntaxTree> _trees;
    private readonly Dictionary<string, ulong>[] _names;
    private readonly ConcurrentDictionary<SyntaxTree, ulong> _digests = new();
    private readonly ConcurrentDictionary<SyntaxTree, ulong>? _previousDigests;
    private readonly HashSet<string>? _changedSince;

    private CompilationView(Compilation compilation, CancellationToken ct)
    {
        Options = compilation.Options;
        AssemblyName = compilation.AssemblyName;
        ReferencesToken = ReferencesTokenFor(compilation.References.ToArray());
        _trees = new HashSet<SyntaxTree>(compilation.SyntaxTrees);
        _names = new Dictionary<string, ulong>[5];
        for (var i = 0; i < _names.Length; i++)
        {
            _names[i] = new Dictionary<string, ulong>(System.StringComparer.Ordinal);
        }

        var namespaces = new HashSet<string>(System.StringComparer.Ordinal);
        var global = 0UL;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var surface = TreeSurface.For(tree, ct);
            unchecked
            {
                global += surface.GlobalHash;
                foreach (var (kind, name, hash) in surface.Declarations)
                {
                    var names = _names[(int)kind];
                    names.TryGetValue(name, out var sum);
                    names[name] = sum + hash;
                }
            }

            foreach (var ns in surface.Namespaces)
            {
                if (namespaces.Add(ns))
                {
                    var last = ns.Substring(ns.LastIndexOf('.') + 1);
                    var names = _names[(int)NameKind.Namespace];
                    names.TryGetValue(last, out var sum);
                    names[last] = unchecked(sum + StableHash.Of(ns));
                }
            }
        }

        GlobalHash = global;
        var previous = s_previous;
        if (previous is not null)
        {
            // Tree digests carry over from the previous compilation unless a name they cover changed meaning.
            _previousDigests = previous._digests;
            _changedSince = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var kind in DigestKinds)
            {
                Diff(previous._names[(int)kind], _names[(int)kind], _changedSince);
            }
        }
    }

    /// <summary>The kinds of names covered by a tree digest: those binding a tree's own identifiers can reach from anywhere.</summary>
    private static readonly NameKind[] DigestKinds = { NameKind.Type, NameKind.Namespace, NameKind.Constant };

    public CompilationOptions Options { get; }

    public string? AssemblyName { get; }

    /// <summary>The same object for every compilation with the very same references.</summary>
    public object ReferencesToken { get; }

    public ulong GlobalHash { get; }

    public static CompilationView For(Compilation compilation, CancellationToken ct)
    {
        if (s_byCompilation.TryGetValue(compilation, out var known))
        {
            return known;
        }

        lock (s_gate)
        {
            if (s_byCompilation.TryGetValue(compilation, out known))
            {
                return known;
            }

            var view = new CompilationView(compilation, ct);
            s_byCompilation.Add(compilation, view);
            s_previous = view;
            return view;
        }
    }

    public bool Contains(SyntaxTree tree) => _trees.Contains(tree);

    /// <summary>The combined hash of every declaration of <paramref name="name"/> of that kind; 0 when there is none.</summary>
    public ulong Hash(NameKind kind, string name) => _names[(int)kind].TryGetValue(name, out var hash) ? hash : 0;

    /// <summary>A hash of what every identifier of <paramref name="tree"/> can bind to by name outside it (types, namespaces, constants).</summary>
    public ulong Digest(SyntaxTree tree, CancellationToken ct)
    {
        if (_digests.TryGetValue(tree, out var digest))
        {
            return digest;
        }

        var identifiers = TreeSurface.For(tree, ct).Identifiers(ct);
        if (_previousDigests is not null && _changedSince is not null && _previousDigests.TryGetValue(tree, out var previous)
            && (_changedSince.Count == 0 || !_changedSince.Overlaps(identifiers)))
        {
            digest = previous;
        }
        else
        {
            digest = 0;
            foreach (var identifier in identifiers)
            {
                var type = Hash(NameKind.Type, identifier);
                var ns = Hash(NameKind.Namespace, identifier);
                var constant = Hash(NameKind.Constant, identifier);
                if ((type | ns | constant) != 0)
                {
                    digest = unchecked(digest + StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Of(identifier), type), ns), constant));
                }
            }
        }

        _digests[tree] = digest;
        return digest;
    }

    private static object ReferencesTokenFor(MetadataReference[] references)
    {
        lock (s_gate)
        {
            if (s_lastReferences is not null && s_lastReferences.Length == references.Length
                && s_lastReferences.Zip(references, ReferenceEquals).All(same => same))
            {
                return s_lastReferencesToken!;
            }

            s_lastReferences = references;
            s_lastReferencesToken = new object();
            return s_lastReferencesToken;
        }
    }

    private static void Diff(Dictionary<string, ulong> before, Dictionary<string, ulong> after, HashSet<string> changed)
    {
        foreach (var pair in after)
        {
            if (!before.TryGetValue(pair.Key, out var old) || old != pair.Value)
            {
                changed.Add(pair.Key);
            }
        }

        foreach (var pair in before)
        {
            if (!after.ContainsKey(pair.Key))
            {
                changed.Add(pair.Key);
            }
        }
    }
}

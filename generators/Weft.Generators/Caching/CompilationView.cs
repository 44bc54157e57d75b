using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Caching;

/// <summary>
/// What a cached result is checked against in one compilation: its trees, the combined surface of their declarations,
/// its options and references. The surface is built from the per-tree <see cref="TreeSurface"/>s on first need, which a
/// compilation whose results are all new never has.
/// </summary>
internal sealed class CompilationView
{
    private static readonly ConditionalWeakTable<Compilation, CompilationView> s_byCompilation = new();
    private static readonly object s_gate = new();
    private static CompilationView? s_previous;
    private static MetadataReference[]? s_lastReferences;
    private static object? s_lastReferencesToken;

    private readonly HashSet<SyntaxTree> _trees;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<SyntaxTree, ulong> _digests = new();
    private CompilationView? _previous;
    private Surface? _surface;

    private CompilationView(Compilation compilation, CompilationView? previous)
    {
        Options = compilation.Options;
        AssemblyName = compilation.AssemblyName;
        ReferencesToken = ReferencesTokenFor(compilation.References.ToArray());
        _trees = new HashSet<SyntaxTree>(compilation.SyntaxTrees);
        _previous = previous;
    }

    /// <summary>The combined declarations of every tree, built on first need: a first build never needs them.</summary>
    private sealed class Surface
    {
        public Surface(Dictionary<string, ulong>[] names, ulong globalHash, ConcurrentDictionary<SyntaxTree, ulong>? previousDigests, HashSet<string>? changedSince)
        {
            Names = names;
            GlobalHash = globalHash;
            PreviousDigests = previousDigests;
            ChangedSince = changedSince;
        }

        public Dictionary<string, ulong>[] Names { get; }

        public ulong GlobalHash { get; }

        public ConcurrentDictionary<SyntaxTree, ulong>? PreviousDigests { get; }

        public HashSet<string>? ChangedSince { get; }
    }

    private Surface GetSurface(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_surface is not null)
            {
                return _surface;
            }

            var names = new Dictionary<string, ulong>[5];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = new Dictionary<string, ulong>(System.StringComparer.Ordinal);
            }

            var namespaces = new HashSet<string>(System.StringComparer.Ordinal);
            var global = 0UL;
            foreach (var tree in _trees)
            {
                var surface = TreeSurface.For(tree, ct);
                unchecked
                {
                    global += surface.GlobalHash;
                    foreach (var (kind, name, hash) in surface.Declarations)
                    {
                        var map = names[(int)kind];
                        map.TryGetValue(name, out var sum);
                        map[name] = sum + hash;
                    }
                }

                foreach (var ns in surface.Namespaces)
                {
                    if (namespaces.Add(ns))
                    {
                        var last = ns.Substring(ns.LastIndexOf('.') + 1);
                        var map = names[(int)NameKind.Namespace];
                        map.TryGetValue(last, out var sum);
                        map[last] = unchecked(sum + StableHash.Of(ns));
                    }
                }
            }

            // Tree digests carry over from the previous compilation unless a name they cover changed meaning.
            HashSet<string>? changed = null;
            ConcurrentDictionary<SyntaxTree, ulong>? previousDigests = null;
            if (_previous?._surface is { } before)
            {
                previousDigests = _previous._digests;
                changed = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var kind in DigestKinds)
                {
                    Diff(before.Names[(int)kind], names[(int)kind], changed);
                }
            }

            _surface = new Surface(names, global, previousDigests, changed);
            _previous = null;
            return _surface;
        }
    }

    /// <summary>The kinds of names covered by a tree digest: those binding a tree's own identifiers can reach from anywhere.</summary>
    private static readonly NameKind[] DigestKinds = { NameKind.Type, NameKind.Namespace, NameKind.Constant };

    public CompilationOptions Options { get; }

    public string? AssemblyName { get; }

    /// <summary>The same object for every compilation with the very same references.</summary>
    public object ReferencesToken { get; }

    /// <summary>A hash of every global using, extern alias and assembly or module attribute.</summary>
    public ulong GlobalHash(CancellationToken ct) => GetSurface(ct).GlobalHash;

    public static CompilationView For(Compilation compilation)
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

            // Only one generation back is kept: the view before the previous one is let go even if it was never used.
            if (s_previous is { } previous)
            {
                lock (previous._gate)
                {
                    previous._previous = null;
                }
            }

            var view = new CompilationView(compilation, s_previous);
            s_byCompilation.Add(compilation, view);
            s_previous = view;
            return view;
        }
    }

    public bool Contains(SyntaxTree tree) => _trees.Contains(tree);

    /// <summary>The combined hash of every declaration of <paramref name="name"/> of that kind; 0 when there is none.</summary>
    public ulong Hash(NameKind kind, string name, CancellationToken ct) => GetSurface(ct).Names[(int)kind].TryGetValue(name, out var hash) ? hash : 0;

    /// <summary>A hash of what every identifier of <paramref name="tree"/> can bind to by name outside it (types, namespaces, constants).</summary>
    public ulong Digest(SyntaxTree tree, CancellationToken ct)
    {
        if (_digests.TryGetValue(tree, out var digest))
        {
            return digest;
        }

        var surface = GetSurface(ct);
        var identifiers = TreeSurface.For(tree, ct).Identifiers(ct);
        if (surface.PreviousDigests is not null && surface.ChangedSince is not null && surface.PreviousDigests.TryGetValue(tree, out var previous)
            && (surface.ChangedSince.Count == 0 || !surface.ChangedSince.Overlaps(identifiers)))
        {
            digest = previous;
        }
        else
        {
            digest = 0;
            foreach (var identifier in identifiers)
            {
                var type = Hash(NameKind.Type, identifier, ct);
                var ns = Hash(NameKind.Namespace, identifier, ct);
                var constant = Hash(NameKind.Constant, identifier, ct);
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

using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Weft.Generators.Caching;
using Weft.Generators.Fingerprinting;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// Computes a step's code fingerprint: a hash of the normalized syntax (tokens only, so whitespace and comments do not
/// count) of the step and of every method, property, field and type of this project that it names, transitively.
/// </summary>
/// <remarks>
/// Names resolve against a syntax-only <see cref="DeclarationIndex"/> rather than by binding each body: that keeps the
/// generator's cost far below the compiler's own, at the price of including a little more than the step really uses
/// (every overload and override of a called name), which can only make a fingerprint change more often, never less.
/// Types contribute their shape (header, data members, constructors, operators) but not their other methods, which join
/// when called; attribute lists are left out, since <c>[Step(Retries = 3)]</c> does not change what a step computes.
/// </remarks>
internal sealed class CodeFingerprinter
{
    // Bounds the walk so a step that reaches a huge project still fingerprints in bounded time.
    private const int MaxDeclarations = 4096;

    private readonly Compilation _compilation;

    // The walk's collections, kept for the next step: an instance serves the steps of one pipeline, one at a time.
    private readonly HashSet<Declaration> _visited = new();
    private readonly Queue<Declaration> _queue = new();
    private readonly List<Declaration> _reached = new();

    // The declarations whose trees and lookups are already in _mergedInto: a pipeline's steps share its records and
    // helpers, whose lookups need adding to the pipeline's dependencies only once.
    private static int s_merges;

    private readonly HashSet<Declaration> _merged = new();
    private Dependencies? _mergedInto;

    // Numbers _mergedInto, so that a name the pipeline's declarations share is added to it once (NameEntry.MarkMerged).
    private int _merge;

    public CodeFingerprinter(Compilation compilation) => _compilation = compilation;

    /// <summary>The fingerprint of <paramref name="step"/>; every tree it read and name it looked up go to <paramref name="dependencies"/>.</summary>
    public string Compute(IMethodSymbol step, Dependencies dependencies, CancellationToken ct)
    {
        var index = DeclarationIndex.For(_compilation, ct);
        var roots = new List<Declaration>();
        foreach (var reference in step.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (index.Find(reference.GetSyntax(ct)) is { } root)
            {
                roots.Add(root);
            }
        }

        if (roots.Count == 0)
        {
            dependencies.AddSymbol(step);
            return Hashing.Fingerprint(step.ToDisplayString());
        }

        var key = roots[0].Id;
        if (!index.TryGetFingerprint(key, out var known))
        {
            known = Walk(index, roots, ct);
            index.SetFingerprint(key, known);
        }

        Merge(known.Reached, dependencies);
        return known.Fingerprint;
    }

    /// <summary>What a step's fingerprint read: the tree and the lookups of every declaration it reached.</summary>
    private void Merge(Declaration[] reached, Dependencies dependencies)
    {
        if (!ReferenceEquals(dependencies, _mergedInto))
        {
            _merged.Clear();
            _mergedInto = dependencies;
            _merge = Interlocked.Increment(ref s_merges);
        }

        foreach (var declaration in reached)
        {
            if (_merged.Add(declaration))
            {
                dependencies.AddTree(declaration.Node.SyntaxTree);

                foreach (var lookup in declaration.Lookups!)
                {
                    if (lookup.Entry.MarkMerged(lookup.Kind, _merge))
                    {
                        dependencies.AddName(lookup.Kind, lookup.Entry.Name);
                    }
                }
            }
        }
    }

    /// <summary>The fingerprint of <paramref name="roots"/> and every declaration they reach, which it returns sorted.</summary>
    private (string Fingerprint, Declaration[] Reached) Walk(DeclarationIndex index, List<Declaration> roots, CancellationToken ct)
    {
        _visited.Clear();
        _queue.Clear();
        _reached.Clear();
        foreach (var root in roots)
        {
            if (_visited.Add(root))
            {
                _queue.Enqueue(root);
            }
        }

        while (_queue.Count > 0 && _visited.Count <= MaxDeclarations)
        {
            ct.ThrowIfCancellationRequested();
            var declaration = _queue.Dequeue();
            if (declaration.References is null)
            {
                lock (index.Gate)
                {
                    index.Describe(declaration);
                }
            }

            _reached.Add(declaration);
            foreach (var reference in declaration.References!)
            {
                if (_visited.Add(reference))
                {
                    _queue.Enqueue(reference);
                }
            }
        }

        // The digest of "id\nhash\n" for every declaration reached, in order of id (then hash, for parts of one id).
        var reached = _reached.ToArray();
        Array.Sort(reached, static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.TextHash, b.TextHash);
        });
        var hasher = Hashing.Hasher();
        foreach (var declaration in reached)
        {
            hasher.Append(declaration.Id).Append('\n').Append(declaration.TextHash!).Append('\n');
        }

        return (hasher.FinishHex16(), reached);
    }
}

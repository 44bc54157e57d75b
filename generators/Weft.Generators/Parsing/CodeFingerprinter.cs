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
            var read = new Dependencies();
            known = (Walk(index, roots, read, ct), read);
            index.SetFingerprint(key, known);
        }

        dependencies.AddAll(known.Dependencies);
        return known.Fingerprint;
    }

    private static string Walk(DeclarationIndex index, List<Declaration> roots, Dependencies dependencies, CancellationToken ct)
    {
        var visited = new HashSet<Declaration>(roots);
        var queue = new Queue<Declaration>(roots);
        var reached = new List<Declaration>();
        while (queue.Count > 0 && visited.Count <= MaxDeclarations)
        {
            ct.ThrowIfCancellationRequested();
            var declaration = queue.Dequeue();
            lock (index.Gate)
            {
                index.Describe(declaration);
            }

            reached.Add(declaration);
            dependencies.AddTree(declaration.Node.SyntaxTree);
            foreach (var lookup in declaration.Lookups!)
            {
                dependencies.Names.Add(lookup);
            }

            foreach (var reference in declaration.References!)
            {
                if (visited.Add(reference))
                {
                    queue.Enqueue(reference);
                }
            }
        }

        // The digest of "id\nhash\n" for every declaration reached, in order of id (then hash, for parts of one id).
        reached.Sort(static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : string.CompareOrdinal(a.TextHash, b.TextHash);
        });
        var hasher = Hashing.Hasher();
        foreach (var declaration in reached)
        {
            hasher.Append(declaration.Id).Append('\n').Append(declaration.TextHash!).Append('\n');
        }

        return hasher.FinishHex16();
    }
}

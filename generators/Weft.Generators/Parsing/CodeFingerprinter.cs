using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// Computes a step's code fingerprint: a hash of the normalized syntax (tokens only, so whitespace and comments do not
/// count) of the step and of every method, property, field and type of this project that it uses, transitively.
/// </summary>
/// <remarks>
/// Types contribute their shape (header, fields, properties) but not their methods, which join only when called, so
/// that editing one step does not change the fingerprint of a sibling step that merely lives in the same class.
/// Attribute lists are left out: <c>[Step(Retries = 3)]</c> does not change what a step computes.
/// One instance serves one transform; it memoizes per symbol and is thrown away with it.
/// </remarks>
internal sealed class CodeFingerprinter
{
    // Bounds the walk so a step that reaches a huge project still fingerprints in bounded time.
    private const int MaxSymbols = 4096;

    private readonly Compilation _compilation;
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Dictionary<ISymbol, SymbolCode> _memo = new(SymbolEqualityComparer.Default);

    public CodeFingerprinter(Compilation compilation) => _compilation = compilation;

    public string Compute(IMethodSymbol step, CancellationToken ct)
    {
        var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var queue = new Queue<ISymbol>();
        var entries = new List<KeyValuePair<string, string>>();
        visited.Add(step.OriginalDefinition);
        queue.Enqueue(step.OriginalDefinition);
        while (queue.Count > 0 && visited.Count <= MaxSymbols)
        {
            ct.ThrowIfCancellationRequested();
            var symbol = queue.Dequeue();
            var code = Describe(symbol, ct);
            entries.Add(new KeyValuePair<string, string>(SymbolId(symbol), code.Text));
            foreach (var reference in code.References)
            {
                if (visited.Add(reference))
                {
                    queue.Enqueue(reference);
                }
            }
        }

        var builder = new StringBuilder();
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Value, StringComparer.Ordinal))
        {
            builder.Append(entry.Key).Append('\n').Append(entry.Value).Append('\n');
        }

        return Hashing.Fingerprint(builder.ToString());
    }

    private static string SymbolId(ISymbol symbol) => symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString();

    private SymbolCode Describe(ISymbol symbol, CancellationToken ct)
    {
        if (_memo.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var text = new StringBuilder();
        var references = new List<ISymbol>();
        var parts = symbol.DeclaringSyntaxReferences
            .OrderBy(r => r.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start);
        foreach (var reference in parts)
        {
            var node = reference.GetSyntax(ct);
            foreach (var part in SelectParts(node))
            {
                AppendTokens(part, text);
                CollectReferences(part, references, ct);
            }
        }

        var code = new SymbolCode(text.ToString(), references);
        _memo[symbol] = code;
        return code;
    }

    private static IEnumerable<SyntaxNode> SelectParts(SyntaxNode node)
    {
        switch (node)
        {
            case TypeDeclarationSyntax type:
                // The header (name, record parameters, bases) and the data members: the type's shape.
                if (type.ParameterList is not null)
                {
                    yield return type.ParameterList;
                }

                if (type.BaseList is not null)
                {
                    yield return type.BaseList;
                }

                foreach (var member in type.Members)
                {
                    if (member is FieldDeclarationSyntax or PropertyDeclarationSyntax)
                    {
                        yield return member;
                    }
                }

                break;
            case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } declarator:
                yield return declaration.Type;
                yield return declarator;
                break;
            default:
                yield return node;
                break;
        }
    }

    private static void AppendTokens(SyntaxNode node, StringBuilder text)
    {
        foreach (var token in node.DescendantTokens(static n => !n.IsKind(SyntaxKind.AttributeList)))
        {
            text.Append(token.Text).Append(' ');
        }

        text.Append('\n');
    }

    private void CollectReferences(SyntaxNode part, List<ISymbol> references, CancellationToken ct)
    {
        var model = ModelFor(part.SyntaxTree);
        if (model is null)
        {
            return;
        }

        foreach (var node in part.DescendantNodesAndSelf(static n => !n.IsKind(SyntaxKind.AttributeList)))
        {
            if (node is not (SimpleNameSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax))
            {
                continue;
            }

            var info = model.GetSymbolInfo(node, ct);
            var target = Normalize(info.Symbol ?? info.CandidateSymbols.FirstOrDefault());
            if (target is not null && IsProjectSymbol(target))
            {
                references.Add(target);
            }
        }
    }

    private static ISymbol? Normalize(ISymbol? symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet, AssociatedSymbol: { } property }:
                return property.OriginalDefinition;
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                return null;
            case IMethodSymbol method:
                return (method.ReducedFrom ?? method).OriginalDefinition;
            case INamedTypeSymbol type:
                return type.OriginalDefinition;
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                return symbol.OriginalDefinition;
            default:
                return null;
        }
    }

    private bool IsProjectSymbol(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.Length > 0
           && SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly);

    private SemanticModel? ModelFor(SyntaxTree tree)
    {
        if (_models.TryGetValue(tree, out var model))
        {
            return model;
        }

        if (!_compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        model = _compilation.GetSemanticModel(tree);
        _models[tree] = model;
        return model;
    }

    private sealed class SymbolCode
    {
        public SymbolCode(string text, List<ISymbol> references)
        {
            Text = text;
            References = references;
        }

        public string Text { get; }

        public List<ISymbol> References { get; }
    }
}

using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Weft.Generators.Parsing;

/// <summary>
/// The body's locals, known by name and by their identifier's position: on the fast path without asking the compiler
/// for each local's symbol (a declarator in a well-formed body's statement list always declares a local of its name).
/// </summary>
internal sealed partial class BodyLowering
{
    private bool? _varIsKeyword;

    /// <summary>The local <paramref name="declarator"/> declares, or null when the compiler sees no local there.</summary>
    private DeclaredLocal? DeclareLocal(SyntaxNode declarator, SyntaxToken identifier)
    {
        if (_fastPath && !BodyLoweringMode.CrossCheck)
        {
            return new DeclaredLocal(identifier.ValueText, identifier.SpanStart);
        }

        var symbol = _model.GetDeclaredSymbol(declarator, _ct) as ILocalSymbol;
        if (_fastPath && (symbol is null || symbol.Name != identifier.ValueText || KeyOf(symbol) != identifier.SpanStart))
        {
            throw new InvalidOperationException($"cross-check: local '{identifier.ValueText}' read from syntax differs from the compiler's '{symbol?.Name}'");
        }

        return symbol is null ? null : new DeclaredLocal(symbol.Name, KeyOf(symbol));
    }

    /// <summary>
    /// Whether <c>var</c> in a declaration at <paramref name="declared"/> is the keyword: it names a type instead when a
    /// type (or alias) of that name is in scope, which cannot differ between the statements of one body.
    /// </summary>
    private bool VarIsKeyword(TypeSyntax declared)
    {
        if (_varIsKeyword is { } known)
        {
            return known;
        }

        var nothingNamedVar = NothingNamedVarBeyondBody();
        if (nothingNamedVar && !BodyLoweringMode.CrossCheck)
        {
            _varIsKeyword = true;
            return true;
        }

        var keyword = BindTypeOrNamespace("var", declared.SpanStart) is { Symbol: null, CandidateSymbols.IsEmpty: true };
        if (nothingNamedVar && !keyword)
        {
            throw new InvalidOperationException("cross-check: nothing named 'var' was found in scope, but 'var' binds to a type or namespace");
        }

        _varIsKeyword = keyword;
        return keyword;
    }

    /// <summary>
    /// True when no type, namespace or alias named <c>var</c> can be in scope in the body, so <c>var</c> is the keyword: the
    /// class declares and inherits no member of that name, and the scope beyond it certainly names nothing so.
    /// </summary>
    private bool NothingNamedVarBeyondBody()
        => _define.ContainingType.GetMembers("var").IsEmpty && !InheritsMember(_define.ContainingType, "var")
           && ScopeBeyondClass() is { } scope && scope.NamesNothing("var");

    /// <summary>The key of a local the binder found: its identifier's position in Define's tree (-1 for any other local).</summary>
    private int KeyOf(ILocalSymbol local)
    {
        var locations = local.Locations;
        return locations.Length > 0 && locations[0].SourceTree == _body?.SyntaxTree ? locations[0].SourceSpan.Start : -1;
    }

    /// <summary>A local of the body bound to a step call.</summary>
    private sealed class DeclaredLocal
    {
        public DeclaredLocal(string name, int position)
        {
            Name = name;
            Position = position;
        }

        public string Name { get; }

        /// <summary>Where its identifier is in Define's tree: the key of the lowering's tables of locals.</summary>
        public int Position { get; }
    }
}

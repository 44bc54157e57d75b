using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Parsing;

/// <summary>How types and identifiers are written into generated code and messages.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat s_fullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat s_display = SymbolDisplayFormat.CSharpErrorMessageFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Symbol display is among the costlier calls a generator makes and the same types are named again and again within
    // one parse. A weak table keyed by symbol cost more than the display itself (a lock and a dependent handle per entry),
    // so the memo is a plain dictionary that lives for one parse on its thread (see Scope) and holds no symbol after it.
    [ThreadStatic]
    private static Memo? s_memo;

    /// <summary>Memoizes names on this thread until disposed; nested scopes share the outer one.</summary>
    public static Scope Memoize() => new(s_memo is null ? s_memo = new Memo() : null);

    /// <summary><c>global::</c>-qualified, with nullable annotations: valid anywhere in generated code.</summary>
    public static string FullName(ITypeSymbol type)
        => s_memo is { } memo ? memo.Get(memo.FullNames, type, s_fullyQualified) : type.ToDisplayString(s_fullyQualified);

    /// <summary>
    /// <c>global::</c>-qualified without nullable annotations: for the casts of a conversion chain, where an annotation
    /// has no run-time meaning and would only produce nullable warnings in generated code.
    /// </summary>
    public static string CastName(ITypeSymbol type)
        => s_memo is { } memo ? memo.Get(memo.CastNames, type, SymbolDisplayFormat.FullyQualifiedFormat) : type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>The name a user reads in a message.</summary>
    public static string Display(ISymbol symbol)
        => s_memo is { } memo ? memo.Get(memo.Displays, symbol, s_display) : symbol.ToDisplayString(s_display);

    /// <summary>
    /// Takes <paramref name="fullName"/> and <paramref name="display"/>, spelled for <paramref name="type"/> elsewhere (a
    /// type shape carries both), as its <see cref="FullName"/> and <see cref="Display"/> for the rest of this scope, so
    /// that the type is not formatted again. Under <see cref="BodyLoweringMode.CrossCheck"/> they are formatted and compared.
    /// </summary>
    public static void Remember(ITypeSymbol type, string fullName, string display)
    {
        if (BodyLoweringMode.CrossCheck && (fullName != type.ToDisplayString(s_fullyQualified) || display != type.ToDisplayString(s_display)))
        {
            throw new InvalidOperationException($"cross-check: '{fullName}' / '{display}' remembered for '{type.ToDisplayString(s_fullyQualified)}'");
        }

        if (s_memo is { } memo)
        {
            memo.FullNames[type] = fullName;
            memo.Displays[type] = display;
        }
    }

    /// <summary>Ends a <see cref="Memoize"/> scope.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Memo? _owned;

        internal Scope(Memo? owned) => _owned = owned;

        public void Dispose()
        {
            if (_owned is not null && ReferenceEquals(s_memo, _owned))
            {
                s_memo = null;
            }
        }
    }

    /// <summary>Names by symbol; nullable annotations and tuple element names count, since the names show them.</summary>
    internal sealed class Memo
    {
        public Dictionary<ISymbol, string> FullNames { get; } = new(SymbolEqualityComparer.IncludeNullability);

        public Dictionary<ISymbol, string> CastNames { get; } = new(SymbolEqualityComparer.IncludeNullability);

        public Dictionary<ISymbol, string> Displays { get; } = new(SymbolEqualityComparer.IncludeNullability);

        public string Get(Dictionary<ISymbol, string> names, ISymbol symbol, SymbolDisplayFormat format)
        {
            if (!names.TryGetValue(symbol, out var name))
            {
                name = symbol.ToDisplayString(format);
                names[symbol] = name;
            }

            return name;
        }
    }

    /// <summary><c>Namespace.Type.Method</c>, without parameters.</summary>
    public static string MethodDisplay(IMethodSymbol method) => method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) + "." + method.Name;

    /// <summary>The keyword a user writes for a parameter's passing mode.</summary>
    public static string RefKindKeyword(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        RefKind.RefReadOnlyParameter => "ref readonly",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>An identifier usable in code, escaping keywords with '@'.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;
}

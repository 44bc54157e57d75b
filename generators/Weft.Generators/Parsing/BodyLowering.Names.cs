using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

/// <summary>
/// Name resolution for the fast path, scope by scope as C# looks a simple name up in a <c>Define</c> body: the body's
/// locals, Define's parameters, the pipeline class's members (and object's), then namespaces, types and usings.
/// </summary>
/// <remarks>
/// <see cref="SemanticModel.LookupSymbols"/> answers the same question but first lists every name of every scope (each
/// imported namespace's types included), which costs about as much as binding the body. Here each scope is asked for
/// the one name, and anything that could make the answer uncertain (a name declared twice in the body, an inherited
/// member, a 'using static' anywhere in reach) gives no answer, so the call is bound instead.
/// </remarks>
internal sealed partial class BodyLowering
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> s_globalUsingStatic = new();

    private readonly Dictionary<string, DeclaredLocal> _localsByName = new();
    private readonly Dictionary<string, ILocalSymbol> _constLocals = new();
    private Dictionary<string, int>? _bodyNames;
    private SyntaxNode? _body;
    private bool? _usingStatic;
    private NameScope? _scopeBeyondClass;
    private bool _scopeBeyondClassRead;

    /// <summary>What <paramref name="name"/> denotes at a statement of the body; null when unknown or not certain.</summary>
    /// <param name="beyondClass">Also look in namespaces and usings (for a type or namespace qualifier).</param>
    private ISymbol? ResolveSimpleName(string name, int position, bool beyondClass)
    {
        if (BodyNames().TryGetValue(name, out var declarations))
        {
            // A local bound to a step call is found by ResolveLocal; only constants resolve to a symbol here.
            return declarations == 1 && _constLocals.TryGetValue(name, out var constant) ? constant : null;
        }

        foreach (var parameter in _defineSignature.Parameters)
        {
            if (parameter.Name == name)
            {
                // A Define parameter is planned by name (ResolveDefineParameter); everywhere else it is no type, namespace or step.
                return null;
            }
        }

        var members = _define.ContainingType.GetMembers(name);
        if (InheritsMember(_define.ContainingType, name))
        {
            return null;
        }

        if (!members.IsEmpty)
        {
            return members.Length == 1 ? members[0] : null;
        }

        if (!beyondClass || UsingStaticInReach())
        {
            return null;
        }

        // Beyond the class only namespaces and types are declared (a 'using static' could import more; ruled out above).
        // Where the scope's names are certain a type is found without binding; a namespace or an uncertain name is bound.
        var found = ScopeBeyondClass()?.Find(name, 0);
        if (found is not null && !BodyLoweringMode.CrossCheck)
        {
            return found;
        }

        var info = BindTypeOrNamespace(name, position);
        var bound = info.Symbol is INamespaceSymbol or INamedTypeSymbol { TypeKind: not TypeKind.Error } ? info.Symbol : null;
        if (found is not null && !SymbolEqualityComparer.Default.Equals(found, bound))
        {
            throw new InvalidOperationException(
                $"cross-check: '{name}' read from the scope as '{found.ToDisplayString()}' but bound as '{bound?.ToDisplayString() ?? "nothing"}'");
        }

        return bound;
    }

    /// <summary>
    /// The names of the scope the pipeline class is declared in (its namespace declaration or file), which is what lookup
    /// searches after the class on the fast path (the class is neither nested nor generic there); null where not certain.
    /// </summary>
    private NameScope? ScopeBeyondClass()
    {
        if (!_scopeBeyondClassRead)
        {
            _scopeBeyondClassRead = true;
            _scopeBeyondClass = _body?.Parent?.Parent is TypeDeclarationSyntax { Parent: { } outer }
                ? ShapeCache.For(_model.Compilation).ScopeOf(outer)
                : null;
        }

        return _scopeBeyondClass;
    }

    /// <summary>
    /// What <paramref name="name"/> binds to as a type or namespace at a statement of the body (at <paramref name="position"/>),
    /// asked at Define's return type instead.
    /// </summary>
    /// <remarks>
    /// A position in the body makes the compiler build the body's binders (every block and statement of it) before it
    /// can answer; at the return type it asks the class's binders only. The answer is the same: a body declares no types
    /// or namespaces, only locals, local functions and labels, which a type-or-namespace lookup passes over, and Define is
    /// not generic on the fast path (a method's type parameters would be in scope at both places anyway).
    /// </remarks>
    private SymbolInfo BindTypeOrNamespace(string name, int position)
    {
        var at = _body?.Parent is MethodDeclarationSyntax define ? define.ReturnType.SpanStart : position;
        var info = _model.GetSpeculativeSymbolInfo(at, SyntaxFactory.IdentifierName(name), SpeculativeBindingOption.BindAsTypeOrNamespace);
        if (BodyLoweringMode.CrossCheck && at != position)
        {
            var inBody = _model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(name), SpeculativeBindingOption.BindAsTypeOrNamespace);
            if (!SymbolEqualityComparer.Default.Equals(info.Symbol, inBody.Symbol) || info.CandidateSymbols.Length != inBody.CandidateSymbols.Length
                || info.CandidateReason != inBody.CandidateReason)
            {
                throw new System.InvalidOperationException(
                    $"cross-check: '{name}' binds to '{info.Symbol?.ToDisplayString() ?? info.CandidateReason.ToString()}' at Define's return type but to '{inBody.Symbol?.ToDisplayString() ?? inBody.CandidateReason.ToString()}' in its body");
            }
        }

        return info;
    }

    /// <summary>The local bound to a step call that <paramref name="name"/> denotes in the body, when it is declared once and already lowered.</summary>
    private DeclaredLocal? ResolveLocal(string name)
        => BodyNames().TryGetValue(name, out var declarations) && declarations == 1 && _localsByName.TryGetValue(name, out var local) ? local : null;

    /// <summary>True when nothing invocable or otherwise can be named <paramref name="name"/> at a statement of the body.</summary>
    private bool NothingNamed(string name)
        => !BodyNames().ContainsKey(name)
           && !_defineSignature.Parameters.Any(p => p.Name == name)
           && _define.ContainingType.GetMembers(name).IsEmpty
           && !InheritsMember(_define.ContainingType, name)
           && !UsingStaticInReach();

    /// <summary>The one member of <paramref name="container"/> named <paramref name="name"/>, when lookup is certain to find just it.</summary>
    private ISymbol? MemberOf(INamespaceOrTypeSymbol container, string name)
    {
        var members = container.GetMembers(name);
        if (members.Length != 1 || (container is INamedTypeSymbol type && InheritsMember(type, name))
            || !_model.Compilation.IsSymbolAccessibleWithin(members[0], _define.ContainingType))
        {
            return null;
        }

        return members[0];
    }

    /// <summary>True when a base type of <paramref name="type"/> declares a member <paramref name="name"/> that lookup may also find.</summary>
    private static bool InheritsMember(INamedTypeSymbol type, string name)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (!baseType.GetMembers(name).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every name declared anywhere in the body (locals, patterns, out variables, local functions, lambda parameters...), counted.</summary>
    private Dictionary<string, int> BodyNames()
    {
        if (_bodyNames is not null)
        {
            return _bodyNames;
        }

        var names = new Dictionary<string, int>();
        if (_body is not null)
        {
            foreach (var node in _body.DescendantNodesAndSelf())
            {
                var identifier = node switch
                {
                    VariableDeclaratorSyntax variable => variable.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    LocalFunctionStatementSyntax function => function.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    TypeParameterSyntax typeParameter => typeParameter.Identifier,
                    ForEachStatementSyntax forEach => forEach.Identifier,
                    CatchDeclarationSyntax @catch => @catch.Identifier,
                    FromClauseSyntax from => from.Identifier,
                    LetClauseSyntax let => let.Identifier,
                    JoinClauseSyntax join => join.Identifier,
                    JoinIntoClauseSyntax into => into.Identifier,
                    QueryContinuationSyntax continuation => continuation.Identifier,
                    _ => default,
                };
                if (identifier.RawKind != 0)
                {
                    names.TryGetValue(identifier.ValueText, out var count);
                    names[identifier.ValueText] = count + 1;
                }
            }
        }

        return _bodyNames = names;
    }

    /// <summary>A 'using static' in Define's file, or a global one in any file: it can bring any member name into scope.</summary>
    private bool UsingStaticInReach()
    {
        return _usingStatic ??= HasUsingStatic(_body?.SyntaxTree.GetCompilationUnitRoot())
            || s_globalUsingStatic.GetValue(_model.Compilation, static compilation => new StrongBox<bool>(compilation.SyntaxTrees.Any(
                static tree => tree.GetCompilationUnitRoot().Usings.Any(static u => u.GlobalKeyword.RawKind != 0 && u.StaticKeyword.RawKind != 0)))).Value;
    }

    private static bool HasUsingStatic(CompilationUnitSyntax? root)
        => root is not null && (AnyStatic(root.Usings) || AnyUsingStaticIn(root.Members));

    // Recursion rather than a stack of member lists: a Stack over Roslyn's SyntaxList struct is a generic instantiation no
    // precompiled image holds, so its methods were JIT-compiled in every fresh compiler process.
    private static bool AnyUsingStaticIn(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && (AnyStatic(ns.Usings) || AnyUsingStaticIn(ns.Members)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyStatic(SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in usings)
        {
            if (directive.StaticKeyword.RawKind != 0)
            {
                return true;
            }
        }

        return false;
    }
}

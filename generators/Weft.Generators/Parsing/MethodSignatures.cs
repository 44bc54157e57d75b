using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

/// <summary>
/// The signatures of the methods the generator reads (steps and Defines), one per method and compilation. Asking a source
/// method's symbol for its parameters or return type runs the compiler's method checks, which bind every type of the
/// signature through a fresh binder: for a thousand steps that was the largest cost of a cold run. So the signature is read
/// from the declaration when that is certain (see <see cref="SignatureSyntax"/>), and from the symbol otherwise. Under
/// <see cref="BodyLoweringMode.CrossCheck"/> both are read and any difference throws.
/// </summary>
internal static class MethodSignatures
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, MethodSignature>> s_signatures = new();

    /// <summary>The signature of <paramref name="method"/>, a method of <paramref name="compilation"/>.</summary>
    public static MethodSignature Of(IMethodSymbol method, Compilation compilation)
    {
        var signatures = s_signatures.GetValue(compilation, static _ => new ConcurrentDictionary<IMethodSymbol, MethodSignature>(SymbolEqualityComparer.Default));
        if (signatures.TryGetValue(method, out var known))
        {
            return known;
        }

        var signature = SignatureSyntax.TryRead(method, compilation);
        if (signature is null)
        {
            signature = FromSymbol(method);
        }
        else if (BodyLoweringMode.CrossCheck)
        {
            var bound = FromSymbol(method);
            if (!signature.SameAs(bound))
            {
                throw new InvalidOperationException(
                    $"cross-check: the signature of '{method.Name}' read from syntax differs from the bound one: {signature.Describe()} vs {bound.Describe()}");
            }
        }

        return signatures.GetOrAdd(method, signature);
    }

    /// <summary>The signature as the symbol gives it (which runs the compiler's method checks).</summary>
    public static MethodSignature FromSymbol(IMethodSymbol method)
    {
        var parameters = new List<SignatureParameter>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            parameters.Add(SignatureParameter.From(parameter));
        }

        return new MethodSignature(parameters, method.ReturnType, method.ReturnsVoid, method.ReturnsByRef || method.ReturnsByRefReadonly, method.IsVararg,
            fromSyntax: false);
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

/// <summary>
/// What the generator reads of a method's signature (a step's, or a Define's): its parameters and its return type. Read
/// from the declaration's syntax where that is certain, so that the compiler's method checks (binding every parameter and
/// return type through a fresh binder) never run for it; from the symbol otherwise. See <see cref="MethodSignatures"/>.
/// </summary>
internal sealed class MethodSignature
{
    public MethodSignature(IReadOnlyList<SignatureParameter> parameters, ITypeSymbol returnType, bool returnsVoid, bool returnsByRef, bool isVararg,
        bool fromSyntax)
    {
        Parameters = parameters;
        ReturnType = returnType;
        ReturnsVoid = returnsVoid;
        ReturnsByRef = returnsByRef;
        IsVararg = isVararg;
        FromSyntax = fromSyntax;
    }

    public IReadOnlyList<SignatureParameter> Parameters { get; }

    /// <summary>The return type (<c>System.Void</c> when <see cref="ReturnsVoid"/>).</summary>
    public ITypeSymbol ReturnType { get; }

    public bool ReturnsVoid { get; }

    /// <summary>Returns by <c>ref</c> or <c>ref readonly</c>.</summary>
    public bool ReturnsByRef { get; }

    public bool IsVararg { get; }

    /// <summary>Read from the declaration's syntax, without the compiler's method checks.</summary>
    public bool FromSyntax { get; }

    /// <summary>
    /// Whether <paramref name="other"/> reads exactly as this one: parameters, types (nullable annotations and tuple
    /// names included), ref kinds, defaults and where the parameters are declared.
    /// </summary>
    public bool SameAs(MethodSignature other)
    {
        if (Parameters.Count != other.Parameters.Count || ReturnsVoid != other.ReturnsVoid
            || !ReturnsVoid && !SymbolEqualityComparer.IncludeNullability.Equals(ReturnType, other.ReturnType))
        {
            return false;
        }

        for (var i = 0; i < Parameters.Count; i++)
        {
            if (!SymbolEqualityComparer.IncludeNullability.Equals(Parameters[i].Type, other.Parameters[i].Type))
            {
                return false;
            }
        }

        return Describe() == other.Describe();
    }

    /// <summary>Everything the generator reads, nullable annotations included, as text for messages and comparison.</summary>
    public string Describe()
    {
        var parameters = Parameters.Select(p => $"{p.Ordinal}:{p.Name} {Describe(p.Type)} ref={p.RefKind} params={p.IsParams} attributes={p.HasAttributes}"
            + $" default={(p.HasExplicitDefaultValue ? DescribeValue(p.ExplicitDefaultValue) : "none")} at={p.Location?.SourceSpan}");
        return $"({string.Join(", ", parameters)}) -> {(ReturnsVoid ? "void" : Describe(ReturnType))} byref={ReturnsByRef} vararg={IsVararg}";
    }

    private static string Describe(ITypeSymbol type)
        => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier))
           + "/" + type.NullableAnnotation;

    private static string DescribeValue(object? value) => value is null ? "null" : value.GetType().Name + " " + ConstantFormatter.Canonical(value);
}

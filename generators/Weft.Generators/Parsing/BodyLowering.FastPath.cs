using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Helpers;

namespace Weft.Generators.Parsing;

/// <summary>
/// The fast path: a step call planned from syntax and name lookups, without binding the <c>Define</c> body (binding it is
/// most of what lowering used to cost). A plan is made only when it is certain to resolve to what the compiler binds:
/// one candidate method (no overloads, no generics, no shadowing), arguments that map by position then by name in order,
/// and each argument of a form whose type and value are known without binding. Anything else returns null and the call
/// is lowered by binding, which is the reference the fast path must agree with byte for byte.
/// </summary>
internal sealed partial class BodyLowering
{
    private bool _fastPath;
    private readonly BodyLoweringMode.Observer? _observer;
    private readonly Dictionary<int, ITypeSymbol> _localTypes = new();

    private PlannedCall? Plan(ExpressionSyntax expression)
    {
        var inner = Unwrap(expression);
        var awaited = false;
        if (inner is AwaitExpressionSyntax awaitExpression)
        {
            awaited = true;
            inner = Unwrap(awaitExpression.Expression);
        }

        if (inner is not InvocationExpressionSyntax invocation || ResolveStep(invocation, out var signature) is not { } method)
        {
            return null;
        }

        ITypeSymbol? type;
        if (!awaited)
        {
            type = signature.ReturnsVoid ? null : signature.ReturnType;
        }
        else if (signature.ReturnType is INamedTypeSymbol { OriginalDefinition: var original } task)
        {
            if (SymbolEqualityComparer.Default.Equals(original, _symbols.TaskOfT) || SymbolEqualityComparer.Default.Equals(original, _symbols.ValueTaskOfT))
            {
                type = task.TypeArguments[0];
            }
            else if (SymbolEqualityComparer.Default.Equals(original, _symbols.Task) || SymbolEqualityComparer.Default.Equals(original, _symbols.ValueTask))
            {
                type = null;
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        var arguments = PlanArguments(invocation, signature);
        return arguments is null ? null : new PlannedCall(invocation, method, signature, awaited, type, arguments);
    }

    /// <summary>The one static, non-generic [Step] method a call can bind to, or null when that is not certain.</summary>
    private IMethodSymbol? ResolveStep(InvocationExpressionSyntax invocation, out MethodSignature signature)
    {
        signature = null!;
        var position = invocation.SpanStart;
        var candidate = invocation.Expression switch
        {
            IdentifierNameSyntax name => ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: false),
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                => ResolveQualifier(access.Expression, position) is INamedTypeSymbol container ? MemberOf(container, name.Identifier.ValueText) : null,
            _ => null,
        };
        if (candidate is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: true, IsGenericMethod: false, IsExtensionMethod: false } method
            || !StepReader.IsStep(method.OriginalDefinition, _symbols))
        {
            return null;
        }

        signature = MethodSignatures.Of(method, _model.Compilation);
        if (signature.IsVararg)
        {
            return null;
        }

        foreach (var parameter in signature.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return null;
            }
        }

        return method;
    }

    /// <summary>The namespace or non-generic type a dotted name denotes in an expression, or null when it may be anything else.</summary>
    private INamespaceOrTypeSymbol? ResolveQualifier(ExpressionSyntax qualifier, int position)
    {
        // A local, parameter or member of that name wins over a type in an expression: the full scope order applies.
        var found = qualifier switch
        {
            IdentifierNameSyntax name => ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: true),
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                => ResolveQualifier(access.Expression, position) is { } container ? MemberOf(container, name.Identifier.ValueText) : null,
            _ => null,
        };
        return found is INamespaceSymbol or INamedTypeSymbol { IsGenericType: false, TypeKind: not TypeKind.Error } ? (INamespaceOrTypeSymbol)found : null;
    }

    private List<PlannedArgument>? PlanArguments(InvocationExpressionSyntax invocation, MethodSignature signature)
    {
        var parameters = signature.Parameters;
        var written = invocation.ArgumentList.Arguments;
        if (written.Count > parameters.Count)
        {
            return null;
        }

        var given = new bool[parameters.Count];
        var result = new List<PlannedArgument>(parameters.Count);
        var last = -1;
        var named = false;
        foreach (var argument in written)
        {
            if (argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }

            SignatureParameter? parameter = null;
            if (argument.NameColon is { } nameColon)
            {
                named = true;
                foreach (var candidate in parameters)
                {
                    if (candidate.Name == nameColon.Name.Identifier.ValueText)
                    {
                        parameter = candidate;
                        break;
                    }
                }
            }
            else if (!named)
            {
                parameter = parameters[result.Count];
            }

            // Positional arguments, then named ones in parameter order: anything else is left to the binder.
            if (parameter is null || parameter.Ordinal <= last || PlanArgument(argument.Expression, parameter) is not { } planned)
            {
                return null;
            }

            last = parameter.Ordinal;
            given[parameter.Ordinal] = true;
            result.Add(planned);
        }

        foreach (var parameter in parameters)
        {
            if (given[parameter.Ordinal])
            {
                continue;
            }

            // Caller-info and other attributes change what an omitted argument is; only a plain default is certain.
            if (!parameter.HasExplicitDefaultValue || parameter.HasAttributes)
            {
                return null;
            }

            if (_symbols.IsCancellationToken(parameter.Type))
            {
                result.Add(new PlannedArgument(parameter, PlannedKind.Token, invocation));
                continue;
            }

            if (!IsWellFormedDefault(parameter))
            {
                return null;
            }

            result.Add(new PlannedArgument(parameter, PlannedKind.Constant, invocation) { Constant = parameter.ExplicitDefaultValue, Type = parameter.Type });
        }

        return result;
    }

    /// <summary>
    /// A default value known to be what the binder uses. A default read from syntax is (see <see cref="SignatureSyntax"/>).
    /// A bound default in error reads as null, so null is taken only when written as <c>null</c> or <c>default</c> (or
    /// read from metadata), and any other value must be of the parameter's type.
    /// </summary>
    private static bool IsWellFormedDefault(SignatureParameter signatureParameter)
    {
        if (signatureParameter.Symbol is not { } parameter)
        {
            return true;
        }

        var value = parameter.ExplicitDefaultValue;
        if (value is null)
        {
            if (parameter.DeclaringSyntaxReferences.IsEmpty)
            {
                return true;
            }

            return parameter.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax { Default.Value: var written }
                && written.Kind() is SyntaxKind.NullLiteralExpression or SyntaxKind.DefaultLiteralExpression or SyntaxKind.DefaultExpression;
        }

        var target = NullableValueTypes.Underlying(parameter.Type);
        if (target is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            target = underlying;
        }

        return target.SpecialType != SpecialType.None && target.SpecialType == DefaultValueSyntax.SpecialTypeOf(value);
    }

    /// <summary>
    /// A local's type without binding its initializer: for <c>var</c>, the type of the call it holds; written out, the
    /// declared type (binding a type name binds nothing else).
    /// </summary>
    private ITypeSymbol LocalType(SyntaxNode declarator, TypeSyntax? declared, ITypeSymbol? inferred)
    {
        if (_fastPath && inferred is not null && declared is { IsVar: true } && VarIsKeyword(declared))
        {
            return inferred;
        }

        return ((ILocalSymbol)_model.GetDeclaredSymbol(declarator, _ct)!).Type;
    }

    /// <summary>The type of a lowered call's expression, when what was written matches the step (awaited exactly when async).</summary>
    private static ITypeSymbol? CallType(ExpressionSyntax expression, StepInfo step)
    {
        var awaited = Unwrap(expression) is AwaitExpressionSyntax;
        if (awaited != (step.AsyncKind != Model.StepAsyncKind.Sync))
        {
            return null;
        }

        return awaited ? step.ResultType : step.Signature.ReturnsVoid ? null : step.Signature.ReturnType;
    }

    /// <summary>The written type of a local a deconstruction declares: its own, or that of the enclosing <c>var (...)</c>.</summary>
    private static TypeSyntax? DeclaredType(SingleVariableDesignationSyntax designation) => designation.Parent switch
    {
        DeclarationExpressionSyntax declaration => declaration.Type,
        ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } => declaration.Type,
        _ => null,
    };
}

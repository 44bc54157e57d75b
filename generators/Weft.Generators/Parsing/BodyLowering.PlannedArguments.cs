using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// One argument on the fast path: planned from its syntax and name lookups (its form, type and conversion known without
/// binding, or null for the binder to judge), then bound to an input as <see cref="BindArgument"/> binds a bound one.
/// </summary>
internal sealed partial class BodyLowering
{
    private PlannedArgument? PlanArgument(ExpressionSyntax expression, SignatureParameter parameter)
    {
        if (_symbols.IsCancellationToken(parameter.Type))
        {
            // What may be passed for the token is the binder's to judge.
            return null;
        }

        var inner = Unwrap(expression);
        var position = inner.SpanStart;
        switch (inner)
        {
            case LiteralExpressionSyntax literal:
                return PlanLiteral(literal, expression, parameter);
            case IdentifierNameSyntax name when ResolveLocal(name.Identifier.ValueText) is { } local:
                return PlanLocal(local, expression, parameter);
            case IdentifierNameSyntax name when ResolveDefineParameter(name.Identifier.ValueText) is { } defineParameter:
                return WithType(new PlannedArgument(parameter, PlannedKind.DefineParameter, expression) { DefineParameter = defineParameter },
                    defineParameter.Type);
            case IdentifierNameSyntax name:
                return ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: false) is { } found ? PlanName(found, expression, parameter) : null;
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                return PlanMemberAccess(access.Expression, member.Identifier.ValueText, position, expression, parameter);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf:
                return PlanNameOf(nameOf, expression, parameter);
            case InvocationExpressionSyntax or AwaitExpressionSyntax:
                if (Plan(inner) is not { Type: { } type } nested)
                {
                    return null;
                }

                return WithType(new PlannedArgument(parameter, PlannedKind.Call, expression) { Nested = nested }, type);
            default:
                return null;
        }
    }

    private static PlannedArgument? PlanLiteral(LiteralExpressionSyntax literal, ExpressionSyntax expression, SignatureParameter parameter)
    {
        // Only a literal whose own type is the parameter's: any conversion (3 to long, 3 to double, null) is the binder's.
        if (!DefaultValueSyntax.TryReadLiteral(literal, parameter.Type, out var value))
        {
            return null;
        }

        return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = value, Type = parameter.Type };
    }

    private PlannedArgument? PlanName(ISymbol symbol, ExpressionSyntax expression, SignatureParameter parameter)
    {
        switch (symbol)
        {
            case ILocalSymbol { IsConst: true, HasConstantValue: true } constant when SymbolEqualityComparer.Default.Equals(constant.Type, parameter.Type):
                return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = constant.ConstantValue, Type = constant.Type };
            case IFieldSymbol field:
                return PlanConstantField(field, expression, parameter);
            default:
                return null;
        }
    }

    /// <summary>The Define parameter <paramref name="name"/> denotes in the body: one of that name, when the body declares no other.</summary>
    private SignatureParameter? ResolveDefineParameter(string name)
    {
        if (BodyNames().ContainsKey(name))
        {
            return null;
        }

        foreach (var parameter in _defineSignature.Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    private PlannedArgument? PlanLocal(DeclaredLocal local, ExpressionSyntax expression, SignatureParameter parameter)
    {
        return _locals.TryGetValue(local.Position, out var binding) && _localTypes.TryGetValue(local.Position, out var type)
            ? WithType(new PlannedArgument(parameter, PlannedKind.Local, expression) { Local = local, Binding = binding }, type)
            : null;
    }

    private PlannedArgument? PlanMemberAccess(ExpressionSyntax qualifier, string member, int position, ExpressionSyntax expression,
        SignatureParameter parameter)
    {
        if (qualifier is IdentifierNameSyntax name && ResolveLocal(name.Identifier.ValueText) is { } local)
        {
            return PlanTupleElement(local, member, expression, parameter);
        }

        return ResolveQualifier(qualifier, position) is INamedTypeSymbol type && MemberOf(type, member) is IFieldSymbol field
            ? PlanConstantField(field, expression, parameter)
            : null;
    }

    /// <summary><c>pair.Train</c> or <c>pair.Item1</c> of a local holding a tuple step's outputs.</summary>
    private PlannedArgument? PlanTupleElement(DeclaredLocal local, string member, ExpressionSyntax expression, SignatureParameter parameter)
    {
        if (!_locals.TryGetValue(local.Position, out var binding) || binding.Output is not null || !_localTypes.TryGetValue(local.Position, out var localType)
            || localType is not INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return null;
        }

        var members = tuple.GetMembers(member);
        if (members.Length != 1 || members[0] is not IFieldSymbol field || TupleIndex(field) is not int index || index >= binding.Step.Outputs.Count)
        {
            return null;
        }

        return WithType(new PlannedArgument(parameter, PlannedKind.TupleElement, expression)
        {
            Local = local, Binding = binding, Field = field, TupleIndex = index,
        }, field.Type);
    }

    private static PlannedArgument? PlanConstantField(IFieldSymbol field, ExpressionSyntax expression, SignatureParameter parameter)
    {
        if (!field.IsConst || !SymbolEqualityComparer.Default.Equals(field.Type, parameter.Type))
        {
            return null;
        }

        // Asking the compiler binds the initializer; a literal or an implicitly numbered enum member is read as written.
        object? value;
        if (!ConstantFieldSyntax.TryRead(field, out value))
        {
            if (!field.HasConstantValue)
            {
                return null;
            }

            value = field.ConstantValue;
        }

        return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = value, ConstantField = field, Type = field.Type };
    }

    /// <summary><c>nameof(Pipeline)</c>, when 'nameof' is the operator (nothing of that name is in scope) and names the pipeline class.</summary>
    private PlannedArgument? PlanNameOf(InvocationExpressionSyntax nameOf, ExpressionSyntax expression, SignatureParameter parameter)
    {
        var position = nameOf.SpanStart;
        var arguments = nameOf.ArgumentList.Arguments;
        if (parameter.Type.SpecialType != SpecialType.System_String || arguments.Count != 1
            || arguments[0] is not { NameColon: null, RefKindKeyword.RawKind: 0, Expression: IdentifierNameSyntax name }
            || !NothingNamed("nameof")
            || !SymbolEqualityComparer.Default.Equals(ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: true), _define.ContainingType))
        {
            return null;
        }

        return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = name.Identifier.ValueText, Type = parameter.Type };
    }

    /// <summary>Sets the argument's type when it converts to the parameter's implicitly and without user code; null otherwise.</summary>
    private PlannedArgument? WithType(PlannedArgument argument, ITypeSymbol type)
    {
        var destination = argument.Parameter.Type;
        if (type.TypeKind is TypeKind.Dynamic or TypeKind.Error || destination.TypeKind is TypeKind.Dynamic or TypeKind.Error)
        {
            return null;
        }

        argument.Type = type;
        if (SymbolEqualityComparer.Default.Equals(type, destination))
        {
            return argument;
        }

        var conversion = _model.Compilation.ClassifyConversion(type, destination);
        if (!conversion.Exists || !conversion.IsImplicit || conversion.IsUserDefined)
        {
            return null;
        }

        argument.Converted = true;
        return argument;
    }

    /// <summary>The fast path's <see cref="BindArgument"/>: the same bindings, chains and diagnostics, from a planned argument.</summary>
    private InputSpec? BindPlanned(PlannedArgument argument, StepInfo step)
    {
        var parameter = argument.Parameter;
        switch (argument.Kind)
        {
            case PlannedKind.Token:
                return null;
            case PlannedKind.Constant:
                return ConstantInput(parameter, argument.Constant, argument.ReportAt, step);
            case PlannedKind.Local:
                return LocalInput(parameter, argument.Local!.Name, argument.Binding!, argument.ReportAt);
            case PlannedKind.TupleElement:
                return TupleElementInput(parameter, argument.Binding!, argument.Field!, argument.TupleIndex);
            case PlannedKind.DefineParameter:
                return DefineParameterInput(parameter, argument.DefineParameter!);
            default:
                var nested = argument.Nested!;
                return NestedInput(parameter, LowerStep(nested.Invocation, nested.Method, nested.Awaited, null, nested), argument.ReportAt, step);
        }
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
    private readonly Dictionary<ILocalSymbol, ITypeSymbol> _localTypes = new(SymbolEqualityComparer.Default);
    private bool? _varIsKeyword;

    private PlannedCall? Plan(ExpressionSyntax expression)
    {
        var inner = Unwrap(expression);
        var awaited = false;
        if (inner is AwaitExpressionSyntax awaitExpression)
        {
            awaited = true;
            inner = Unwrap(awaitExpression.Expression);
        }

        if (inner is not InvocationExpressionSyntax invocation || ResolveStep(invocation) is not { } method)
        {
            return null;
        }

        ITypeSymbol? type;
        if (!awaited)
        {
            type = method.ReturnsVoid ? null : method.ReturnType;
        }
        else if (method.ReturnType is INamedTypeSymbol { OriginalDefinition: var original } task)
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

        var arguments = PlanArguments(invocation, method);
        return arguments is null ? null : new PlannedCall(invocation, method, awaited, type, arguments);
    }

    /// <summary>The one static, non-generic [Step] method a call can bind to, or null when that is not certain.</summary>
    private IMethodSymbol? ResolveStep(InvocationExpressionSyntax invocation)
    {
        var position = invocation.SpanStart;
        var candidate = invocation.Expression switch
        {
            IdentifierNameSyntax name => ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: false),
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                => ResolveQualifier(access.Expression, position) is INamedTypeSymbol container ? MemberOf(container, name.Identifier.ValueText) : null,
            _ => null,
        };
        if (candidate is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: true, IsGenericMethod: false, IsExtensionMethod: false, IsVararg: false } method
            || WeftSymbols.FindAttribute(method.OriginalDefinition, _symbols.StepAttribute) is null)
        {
            return null;
        }

        foreach (var parameter in method.Parameters)
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

    private List<PlannedArgument>? PlanArguments(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var parameters = method.Parameters;
        var written = invocation.ArgumentList.Arguments;
        if (written.Count > parameters.Length)
        {
            return null;
        }

        var given = new bool[parameters.Length];
        var result = new List<PlannedArgument>(parameters.Length);
        var last = -1;
        var named = false;
        foreach (var argument in written)
        {
            if (argument.RefKindKeyword.RawKind != 0)
            {
                return null;
            }

            IParameterSymbol? parameter = null;
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
            if (!parameter.HasExplicitDefaultValue || !parameter.GetAttributes().IsEmpty)
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
    /// A default value known to be what the binder uses. A default in error reads as null, so null is taken only when
    /// written as <c>null</c> or <c>default</c> (or read from metadata), and any other value must be of the parameter's type.
    /// </summary>
    private static bool IsWellFormedDefault(IParameterSymbol parameter)
    {
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

        var target = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        if (target is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            target = underlying;
        }

        return target.SpecialType != SpecialType.None && target.SpecialType == SpecialTypeOf(value);
    }

    private static SpecialType SpecialTypeOf(object value) => value switch
    {
        bool => SpecialType.System_Boolean,
        char => SpecialType.System_Char,
        string => SpecialType.System_String,
        sbyte => SpecialType.System_SByte,
        byte => SpecialType.System_Byte,
        short => SpecialType.System_Int16,
        ushort => SpecialType.System_UInt16,
        int => SpecialType.System_Int32,
        uint => SpecialType.System_UInt32,
        long => SpecialType.System_Int64,
        ulong => SpecialType.System_UInt64,
        float => SpecialType.System_Single,
        double => SpecialType.System_Double,
        decimal => SpecialType.System_Decimal,
        _ => SpecialType.None,
    };

    private PlannedArgument? PlanArgument(ExpressionSyntax expression, IParameterSymbol parameter)
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

    private static PlannedArgument? PlanLiteral(LiteralExpressionSyntax literal, ExpressionSyntax expression, IParameterSymbol parameter)
    {
        // Only a literal whose own type is the parameter's: any conversion (3 to long, 3 to double, null) is the binder's.
        var value = literal.Token.Value;
        var special = literal.Kind() switch
        {
            SyntaxKind.StringLiteralExpression => SpecialType.System_String,
            SyntaxKind.CharacterLiteralExpression => SpecialType.System_Char,
            SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression => SpecialType.System_Boolean,
            SyntaxKind.NumericLiteralExpression => value switch
            {
                int => SpecialType.System_Int32,
                uint => SpecialType.System_UInt32,
                long => SpecialType.System_Int64,
                ulong => SpecialType.System_UInt64,
                float => SpecialType.System_Single,
                double => SpecialType.System_Double,
                decimal => SpecialType.System_Decimal,
                _ => SpecialType.None,
            },
            _ => SpecialType.None,
        };
        if (special == SpecialType.None || value is null || parameter.Type.SpecialType != special || literal.ContainsDiagnostics)
        {
            return null;
        }

        return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = value, Type = parameter.Type };
    }

    private PlannedArgument? PlanName(ISymbol symbol, ExpressionSyntax expression, IParameterSymbol parameter)
    {
        switch (symbol)
        {
            case ILocalSymbol { IsConst: true, HasConstantValue: true } constant when SymbolEqualityComparer.Default.Equals(constant.Type, parameter.Type):
                return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = constant.ConstantValue, Type = constant.Type };
            case ILocalSymbol local when _locals.TryGetValue(local, out var binding) && _localTypes.TryGetValue(local, out var type):
                return WithType(new PlannedArgument(parameter, PlannedKind.Local, expression) { Local = local, Binding = binding }, type);
            case IParameterSymbol defineParameter when SymbolEqualityComparer.Default.Equals(defineParameter.ContainingSymbol, _define):
                return WithType(new PlannedArgument(parameter, PlannedKind.DefineParameter, expression) { DefineParameter = defineParameter },
                    defineParameter.Type);
            case IFieldSymbol field:
                return PlanConstantField(field, expression, parameter);
            default:
                return null;
        }
    }

    private PlannedArgument? PlanMemberAccess(ExpressionSyntax qualifier, string member, int position, ExpressionSyntax expression,
        IParameterSymbol parameter)
    {
        if (qualifier is IdentifierNameSyntax name && ResolveSimpleName(name.Identifier.ValueText, position, beyondClass: false) is ILocalSymbol local)
        {
            return PlanTupleElement(local, member, expression, parameter);
        }

        return ResolveQualifier(qualifier, position) is INamedTypeSymbol type && MemberOf(type, member) is IFieldSymbol field
            ? PlanConstantField(field, expression, parameter)
            : null;
    }

    /// <summary><c>pair.Train</c> or <c>pair.Item1</c> of a local holding a tuple step's outputs.</summary>
    private PlannedArgument? PlanTupleElement(ILocalSymbol local, string member, ExpressionSyntax expression, IParameterSymbol parameter)
    {
        if (!_locals.TryGetValue(local, out var binding) || binding.Output is not null || !_localTypes.TryGetValue(local, out var localType)
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

    private static PlannedArgument? PlanConstantField(IFieldSymbol field, ExpressionSyntax expression, IParameterSymbol parameter)
    {
        if (!field.IsConst || !field.HasConstantValue || !SymbolEqualityComparer.Default.Equals(field.Type, parameter.Type))
        {
            return null;
        }

        return new PlannedArgument(parameter, PlannedKind.Constant, expression) { Constant = field.ConstantValue, ConstantField = field, Type = field.Type };
    }

    /// <summary><c>nameof(Pipeline)</c>, when 'nameof' is the operator (nothing of that name is in scope) and names the pipeline class.</summary>
    private PlannedArgument? PlanNameOf(InvocationExpressionSyntax nameOf, ExpressionSyntax expression, IParameterSymbol parameter)
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

    /// <summary>
    /// What binding the call would have recorded (see <see cref="Caching.Dependencies.AddOperation"/>): the types declaring
    /// the methods and fields it names, and the types of its operations. <paramref name="nested"/> calls are reached
    /// through their (awaited) argument, whose type the bound tree holds too.
    /// </summary>
    private void AddDependencies(PlannedCall call, bool nested)
    {
        _dependencies.AddSymbol(call.Method.OriginalDefinition.ContainingType);
        AddType(call.Method.ReturnType);
        if (nested && call.Awaited)
        {
            AddType(call.Type);
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Converted)
            {
                AddType(argument.Parameter.Type);
            }

            switch (argument.Kind)
            {
                case PlannedKind.Token:
                    AddType(argument.Parameter.Type);
                    break;
                case PlannedKind.Constant:
                    _dependencies.AddSymbol(argument.ConstantField?.OriginalDefinition.ContainingType);
                    AddType(argument.Type);
                    if (argument.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                    {
                        AddType(nullable.TypeArguments[0]);
                    }

                    break;
                case PlannedKind.TupleElement:
                    _dependencies.AddSymbol(argument.Field!.OriginalDefinition.ContainingType);
                    AddType(argument.Type);
                    AddType(_localTypes[argument.Local!]);
                    break;
                case PlannedKind.Local:
                case PlannedKind.DefineParameter:
                    AddType(argument.Type);
                    break;
                case PlannedKind.Call:
                    AddDependencies(argument.Nested!, nested: true);
                    break;
            }
        }
    }

    private void AddType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol named)
        {
            _dependencies.AddSymbol(named.OriginalDefinition);
        }
    }

    /// <summary>
    /// A local's type without binding its initializer: for <c>var</c>, the type of the call it holds; written out, the
    /// declared type (binding a type name binds nothing else).
    /// </summary>
    private ITypeSymbol LocalType(ILocalSymbol local, TypeSyntax? declared, ITypeSymbol? inferred)
    {
        if (_fastPath && inferred is not null && declared is { IsVar: true } && VarIsKeyword(declared))
        {
            return inferred;
        }

        return local.Type;
    }

    /// <summary>The type of a lowered call's expression, when what was written matches the step (awaited exactly when async).</summary>
    private static ITypeSymbol? CallType(ExpressionSyntax expression, StepInfo step)
    {
        var awaited = Unwrap(expression) is AwaitExpressionSyntax;
        if (awaited != (step.AsyncKind != Model.StepAsyncKind.Sync))
        {
            return null;
        }

        return awaited ? step.ResultType : step.Method.ReturnsVoid ? null : step.Method.ReturnType;
    }

    private bool VarIsKeyword(TypeSyntax declared)
    {
        // 'var' is a type name when a type of that name is in scope; it cannot differ between the statements of one body.
        return _varIsKeyword ??= _model.GetSpeculativeSymbolInfo(declared.SpanStart, SyntaxFactory.IdentifierName("var"),
            SpeculativeBindingOption.BindAsTypeOrNamespace) is { Symbol: null, CandidateSymbols.IsEmpty: true };
    }

    /// <summary>The written type of a local a deconstruction declares: its own, or that of the enclosing <c>var (...)</c>.</summary>
    private static TypeSyntax? DeclaredType(SingleVariableDesignationSyntax designation) => designation.Parent switch
    {
        DeclarationExpressionSyntax declaration => declaration.Type,
        ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } => declaration.Type,
        _ => null,
    };
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// One argument of a bound call (the reference the fast path's <see cref="BindPlanned"/> agrees with): its bound operation
/// read as a constant, a step output, a Define parameter or a nested step call.
/// </summary>
internal sealed partial class BodyLowering
{
    private InputSpec? BindArgument(IArgumentOperation argument, StepInfo step)
    {
        if (argument.Parameter is not { } boundParameter)
        {
            _failed = true;
            return null;
        }

        var parameter = SignatureParameter.Bound(boundParameter);

        var value = argument.Value;
        if (_symbols.IsCancellationToken(parameter.Type))
        {
            // The runtime supplies the token; only "not given" or 'default' make sense here.
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && !value.ConstantValue.HasValue && StripConversions(value) is not IDefaultValueOperation)
            {
                ReportArgument(argument, parameter, step);
            }

            return null;
        }

        var inner = StripConversions(value);

        // A constant reaches a nullable or object parameter through an implicit conversion that is not itself constant
        // (Mode.Fast to Mode?, 3 to int?), and an omitted `Mode? mode = null` or `default` is a default value, not a constant.
        var constant = value.ConstantValue.HasValue ? value.ConstantValue
            : inner.ConstantValue.HasValue ? inner.ConstantValue
            : inner is IDefaultValueOperation ? new Optional<object?>(null)
            : default;
        if (constant.HasValue)
        {
            return ConstantInput(parameter, constant.Value, ArgumentExpression(argument), step);
        }

        if (UsesFailedLocal(inner))
        {
            // The local's own statement is already reported; a second error here would send the user the wrong way.
            _failed = true;
            return null;
        }

        switch (inner)
        {
            case ILocalReferenceOperation { Local: var local } when _locals.TryGetValue(KeyOf(local), out var binding):
                return LocalInput(parameter, local.Name, binding, ArgumentExpression(argument));
            case IFieldReferenceOperation { Instance: ILocalReferenceOperation { Local: var local }, Field: var field }
                when _locals.TryGetValue(KeyOf(local), out var binding) && binding.Output is null && TupleIndex(field) is int index
                     && index < binding.Step.Outputs.Count:
                return TupleElementInput(parameter, binding, field, index);
            case IParameterReferenceOperation { Parameter: var defineParameter }
                when SymbolEqualityComparer.Default.Equals(defineParameter.ContainingSymbol, _define):
                return DefineParameterInput(parameter, SignatureParameter.Bound(defineParameter));
            case IInvocationOperation or IAwaitOperation:
                return NestedInput(parameter, LowerCall((ExpressionSyntax)inner.Syntax), ArgumentExpression(argument), step);
            default:
                ReportArgument(argument, parameter, step);
                return null;
        }
    }

    private bool UsesFailedLocal(IOperation operation)
    {
        if (_failedLocals.Count == 0)
        {
            return false;
        }

        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is ILocalReferenceOperation { Local: var local } && _failedLocals.Contains(KeyOf(local)))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation StripConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static SyntaxNode ArgumentExpression(IArgumentOperation argument)
        => argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : argument.Syntax;

    private void ReportArgument(IArgumentOperation argument, SignatureParameter parameter, StepInfo step)
        => ReportArgument(ArgumentExpression(argument), parameter, step);
}

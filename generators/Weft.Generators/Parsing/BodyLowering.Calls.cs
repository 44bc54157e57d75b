using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Serialization;

namespace Weft.Generators.Parsing;

internal sealed partial class BodyLowering
{
    /// <summary>Lowers one (optionally awaited) step call to a node; null when it cannot be (diagnostics say why).</summary>
    private (NodeSpec Node, StepInfo Step)? LowerCall(ExpressionSyntax expression)
    {
        var inner = Unwrap(expression);
        var awaited = false;
        if (inner is AwaitExpressionSyntax awaitExpression)
        {
            awaited = true;
            inner = Unwrap(awaitExpression.Expression);
        }

        if (inner is not InvocationExpressionSyntax invocation)
        {
            Unsupported(expression, $"the expression '{SyntaxDescriptions.Short(expression)}'");
            return null;
        }

        // A failed local's uses are judged by the bound tree (see UsesFailedLocal); only error paths have any.
        if (_fastPath && _failedLocals.Count == 0 && Plan(expression) is { } plan)
        {
            AddDependencies(plan, nested: false);
            return LowerStep(plan.Invocation, plan.Method, plan.Awaited, null, plan);
        }

        if (_fastPath)
        {
            _observer?.CountFallback();
        }

        // One bound operation gives both the target and the arguments; asking for symbol info as well binds twice.
        if (_model.GetOperation(invocation, _ct) is not IInvocationOperation operation)
        {
            // The compiler reports an unresolved call itself; adding a second error would only be noise.
            _failed = true;
            return null;
        }

        _dependencies.AddOperation(operation);
        return LowerStep(invocation, operation.TargetMethod, awaited, operation, null);
    }

    /// <summary>
    /// Lowers a call resolved to <paramref name="method"/>, either by binding (<paramref name="operation"/>) or by the fast
    /// path (<paramref name="plan"/>): from here on both take the same steps in the same order.
    /// </summary>
    private (NodeSpec Node, StepInfo Step)? LowerStep(InvocationExpressionSyntax invocation, IMethodSymbol method, bool awaited,
        IInvocationOperation? operation, PlannedCall? plan)
    {
        if (plan is not null)
        {
            _observer?.CountFast();
        }

        var step = GetStep(method);
        if (step is null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CallIsNotAStep, invocation.GetLocation(), TypeNames.MethodDisplay(method)));
            _failed = true;
            return null;
        }

        if (step.Problems.Count > 0)
        {
            // Reported once at the step's declaration by the step validator.
            _failed = true;
            return null;
        }

        if (step.AsyncKind != StepAsyncKind.Sync && !awaited)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AsyncStepNotAwaited, invocation.GetLocation(), step.Name));
            _failed = true;
            return null;
        }

        if (_stepsByName.TryGetValue(step.Name, out var other) && !SymbolEqualityComparer.Default.Equals(other, step.Method))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateStepName, invocation.GetLocation(), _pipeline, step.Name,
                TypeNames.MethodDisplay(other), TypeNames.MethodDisplay(step.Method)));
            _failed = true;
            return null;
        }

        _stepsByName[step.Name] = step.Method;

        // Arguments first, in the order C# evaluates them (as written, named ones included): a nested step call becomes
        // its own node, ahead of this one. Inputs are then kept in parameter order, which is what the invoker expects.
        var inputs = new List<InputSpec>();
        if (operation is not null)
        {
            foreach (var argument in operation.Arguments
                         .OrderBy(a => a.ArgumentKind == ArgumentKind.DefaultValue ? 1 : 0)
                         .ThenBy(a => a.Syntax.SpanStart))
            {
                if (BindArgument(argument, step) is { } input)
                {
                    inputs.Add(input);
                }
            }
        }
        else
        {
            foreach (var argument in plan!.Arguments)
            {
                if (BindPlanned(argument, step) is { } input)
                {
                    inputs.Add(input);
                }
            }
        }

        inputs.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));

        var outputs = ReadOutputs(step);
        if (outputs is null)
        {
            return null;
        }

        var node = new NodeSpec(
            NextNodeName(step.Name),
            step.Name,
            TypeNames.MethodDisplay(step.Method),
            TypeNames.FullName(step.Method.ContainingType) + "." + TypeNames.Identifier(step.Method.Name),
            step.AsyncKind,
            step.ReturnsTuple,
            step.Method.Parameters.Length,
            step.CancellationTokenOrdinal,
            inputs.ToEquatableArray(),
            outputs.ToEquatableArray(),
            _fingerprinter.Compute(step.Method, _dependencies, _ct),
            step.Retries,
            step.Cache,
            step.CacheVersion,
            step.Resources,
            step.Image,
            step.TimeoutSeconds);
        _nodes.Add(node);
        return (node, step);
    }

    private StepInfo? GetStep(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (_steps.TryGetValue(definition, out var known))
        {
            return known;
        }

        // The signature, the options and the containing types' modifiers are all read below.
        for (var type = definition.ContainingType; type is not null; type = type.ContainingType)
        {
            _dependencies.AddSymbol(type);
        }

        var attribute = WeftSymbols.FindAttribute(definition, _symbols.StepAttribute);
        if (attribute is null)
        {
            return null;
        }

        var step = StepReader.Read(definition, attribute, _symbols);
        _steps[definition] = step;
        return step;
    }

    private string NextNodeName(string stepName)
    {
        _callCounts.TryGetValue(stepName, out var count);
        string name;
        do
        {
            count++;
            name = count == 1 ? stepName : stepName + "_" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (!_nodeNames.Add(name));

        _callCounts[stepName] = count;
        return name;
    }

    private List<OutputSpec>? ReadOutputs(StepInfo step)
    {
        var outputs = new List<OutputSpec>();
        foreach (var (name, member, type) in step.Outputs)
        {
            if (!ArtifactTypeParser.TryParse(type, _model.Compilation, _dependencies, out var shape, out _) || shape is null)
            {
                // Reported once at the step's declaration (WEFT0008) by the step validator.
                _failed = true;
                return null;
            }

            outputs.Add(new OutputSpec(name, member, TypeNames.FullName(type), TypeNames.Display(type), shape));
        }

        return outputs;
    }

    private InputSpec? BindArgument(IArgumentOperation argument, StepInfo step)
    {
        if (argument.Parameter is not { } parameter)
        {
            _failed = true;
            return null;
        }

        var value = argument.Value;
        var typeName = TypeNames.FullName(parameter.Type);
        var display = TypeNames.Display(parameter.Type);
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
            var literal = ConstantFormatter.Literal(constant.Value, parameter.Type);
            if (literal is null)
            {
                ReportArgument(argument, parameter, step);
                return null;
            }

            return new InputSpec(parameter.Name, parameter.Ordinal, typeName, display, BindingKind.Constant, string.Empty, null,
                literal, ConstantFormatter.Canonical(constant.Value), EquatableArray<string>.Empty);
        }
        if (UsesFailedLocal(inner))
        {
            // The local's own statement is already reported; a second error here would send the user the wrong way.
            _failed = true;
            return null;
        }

        switch (inner)
        {
            case ILocalReferenceOperation { Local: var local } when _locals.TryGetValue(local, out var binding):
                if (binding.Output is null)
                {
                    var first = binding.Step.Outputs.Count > 0 ? binding.Step.Outputs[0].Name : "Item1";
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WholeTupleOutputUsed, ArgumentExpression(argument).GetLocation(),
                        local.Name, binding.StepName, first, binding.Step.Method.Name));
                    _failed = true;
                    return null;
                }

                return Artifact(parameter, binding.Node, binding.Output, binding.SourceTypes);
            case IFieldReferenceOperation { Instance: ILocalReferenceOperation { Local: var local }, Field: var field }
                when _locals.TryGetValue(local, out var binding) && binding.Output is null && TupleIndex(field) is int index
                     && index < binding.Step.Outputs.Count:
                var chain = new List<string> { TypeNames.CastName(binding.Step.Outputs[index].Type) };
                AddToChain(chain, TypeNames.CastName(field.Type));
                return Artifact(parameter, binding.Node, binding.Step.Outputs[index].Name, chain);
            case IParameterReferenceOperation { Parameter: var defineParameter }
                when SymbolEqualityComparer.Default.Equals(defineParameter.ContainingSymbol, _define):
                var sources = new List<string> { TypeNames.CastName(defineParameter.Type) };
                return new InputSpec(parameter.Name, parameter.Ordinal, typeName, display, BindingKind.Parameter, defineParameter.Name, null,
                    null, null, Without(sources, TypeNames.CastName(parameter.Type)));
            case IInvocationOperation or IAwaitOperation:
                var nested = LowerCall((ExpressionSyntax)inner.Syntax);
                if (nested is null)
                {
                    return null;
                }

                var (node, nestedStep) = nested.Value;
                if (nestedStep.ReturnsTuple || node.Outputs.Count != 1)
                {
                    ReportArgument(argument, parameter, step);
                    return null;
                }

                return Artifact(parameter, node.Name, node.Outputs[0].Name, new List<string> { TypeNames.CastName(nestedStep.Outputs[0].Type) });
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
            if (descendant is ILocalReferenceOperation { Local: var local } && _failedLocals.Contains(local))
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

    private static int? TupleIndex(IFieldSymbol field)
    {
        if (field.ContainingType is not { IsTupleType: true } tuple)
        {
            return null;
        }

        for (var i = 0; i < tuple.TupleElements.Length; i++)
        {
            // A named element and its positional ItemN field are two symbols for one element: compare positional fields.
            var element = tuple.TupleElements[i];
            if (SymbolEqualityComparer.Default.Equals(element.CorrespondingTupleField ?? element, field.CorrespondingTupleField ?? field))
            {
                return i;
            }
        }

        return null;
    }

    private static InputSpec Artifact(IParameterSymbol parameter, string node, string output, List<string> sources)
    {
        return new InputSpec(parameter.Name, parameter.Ordinal, TypeNames.FullName(parameter.Type), TypeNames.Display(parameter.Type),
            BindingKind.Artifact, node, output, null, null, Without(sources, TypeNames.CastName(parameter.Type)));
    }

    /// <summary>The conversion chain, minus a trailing entry equal to the parameter's own type (nullable annotations aside).</summary>
    private static EquatableArray<string> Without(List<string> sources, string parameterType)
    {
        var list = new List<string>(sources);
        if (list.Count > 0 && list[list.Count - 1] == parameterType)
        {
            list.RemoveAt(list.Count - 1);
        }

        return list.ToEquatableArray();
    }

    private void ReportArgument(IArgumentOperation argument, IParameterSymbol parameter, StepInfo step)
        => ReportArgument(ArgumentExpression(argument), parameter, step);

    private void ReportArgument(SyntaxNode syntax, IParameterSymbol parameter, StepInfo step)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedArgument, syntax.GetLocation(),
            SyntaxDescriptions.Short(syntax), parameter.Name, step.Name));
        _failed = true;
    }
}

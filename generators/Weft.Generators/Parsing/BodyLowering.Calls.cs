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
            step.Signature.Parameters.Count,
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

        var step = StepReader.Read(definition, _symbols);
        if (step is null)
        {
            return null;
        }

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

            // The shape spells the type exactly as TypeNames would; the next steps' inputs of this type reuse it.
            TypeNames.Remember(type, shape.FullyQualifiedName, shape.DisplayName);
            outputs.Add(new OutputSpec(name, member, shape.FullyQualifiedName, shape.DisplayName, shape));
        }

        return outputs;
    }

    /// <summary>A constant argument, or null (reported at <paramref name="reportAt"/>) when no C# literal spells its value.</summary>
    private InputSpec? ConstantInput(SignatureParameter parameter, object? value, SyntaxNode reportAt, StepInfo step)
    {
        var literal = ConstantFormatter.Literal(value, parameter.Type);
        if (literal is null)
        {
            ReportArgument(reportAt, parameter, step);
            return null;
        }

        return new InputSpec(parameter.Name, parameter.Ordinal, TypeNames.FullName(parameter.Type), TypeNames.Display(parameter.Type),
            BindingKind.Constant, string.Empty, null, literal, ConstantFormatter.Canonical(value), EquatableArray<string>.Empty);
    }

    /// <summary>The step output a local holds, or null (reported at <paramref name="reportAt"/>) when it holds a whole tuple of outputs.</summary>
    private InputSpec? LocalInput(SignatureParameter parameter, string local, LocalBinding binding, SyntaxNode reportAt)
    {
        if (binding.Output is null)
        {
            var first = binding.Step.Outputs.Count > 0 ? binding.Step.Outputs[0].Name : "Item1";
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WholeTupleOutputUsed, reportAt.GetLocation(),
                local, binding.StepName, first, binding.Step.Method.Name));
            _failed = true;
            return null;
        }

        return Artifact(parameter, binding.Node, binding.Output, binding.SourceTypes);
    }

    /// <summary>Output <paramref name="index"/> of a tuple step, read through the local holding them all (<c>pair.Train</c>).</summary>
    private static InputSpec TupleElementInput(SignatureParameter parameter, LocalBinding binding, IFieldSymbol field, int index)
    {
        var chain = new List<string> { TypeNames.CastName(binding.Step.Outputs[index].Type) };
        AddToChain(chain, TypeNames.CastName(field.Type));
        return Artifact(parameter, binding.Node, binding.Step.Outputs[index].Name, chain);
    }

    private static InputSpec DefineParameterInput(SignatureParameter parameter, SignatureParameter defineParameter)
    {
        var sources = new List<string> { TypeNames.CastName(defineParameter.Type) };
        return new InputSpec(parameter.Name, parameter.Ordinal, TypeNames.FullName(parameter.Type), TypeNames.Display(parameter.Type),
            BindingKind.Parameter, defineParameter.Name, null, null, null, Without(sources, TypeNames.CastName(parameter.Type)));
    }

    /// <summary>The one output of a nested step call, or null when it was not lowered or (reported) has not exactly one output.</summary>
    private InputSpec? NestedInput(SignatureParameter parameter, (NodeSpec Node, StepInfo Step)? nested, SyntaxNode reportAt, StepInfo step)
    {
        if (nested is null)
        {
            return null;
        }

        var (node, nestedStep) = nested.Value;
        if (nestedStep.ReturnsTuple || node.Outputs.Count != 1)
        {
            ReportArgument(reportAt, parameter, step);
            return null;
        }

        return Artifact(parameter, node.Name, node.Outputs[0].Name, new List<string> { TypeNames.CastName(nestedStep.Outputs[0].Type) });
    }

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

    private static InputSpec Artifact(SignatureParameter parameter, string node, string output, List<string> sources)
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

    private void ReportArgument(SyntaxNode syntax, SignatureParameter parameter, StepInfo step)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedArgument, syntax.GetLocation(),
            SyntaxDescriptions.Short(syntax), parameter.Name, step.Name));
        _failed = true;
    }
}

using System.Collections.Generic;
using Weft.Generators.Helpers;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

internal sealed partial class BodyLowering
{
    /// <summary>The fast path's <see cref="BindArgument"/>: the same bindings, chains and diagnostics, from a planned argument.</summary>
    private InputSpec? BindPlanned(PlannedArgument argument, StepInfo step)
    {
        var parameter = argument.Parameter;
        var typeName = TypeNames.FullName(parameter.Type);
        var display = TypeNames.Display(parameter.Type);
        switch (argument.Kind)
        {
            case PlannedKind.Token:
                return null;
            case PlannedKind.Constant:
                var literal = ConstantFormatter.Literal(argument.Constant, parameter.Type);
                if (literal is null)
                {
                    ReportArgument(argument.ReportAt, parameter, step);
                    return null;
                }

                return new InputSpec(parameter.Name, parameter.Ordinal, typeName, display, BindingKind.Constant, string.Empty, null,
                    literal, ConstantFormatter.Canonical(argument.Constant), EquatableArray<string>.Empty);
            case PlannedKind.Local:
                var binding = argument.Binding!;
                if (binding.Output is null)
                {
                    var first = binding.Step.Outputs.Count > 0 ? binding.Step.Outputs[0].Name : "Item1";
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WholeTupleOutputUsed, argument.ReportAt.GetLocation(),
                        argument.Local!.Name, binding.StepName, first, binding.Step.Method.Name));
                    _failed = true;
                    return null;
                }

                return Artifact(parameter, binding.Node, binding.Output, binding.SourceTypes);
            case PlannedKind.TupleElement:
                var tuple = argument.Binding!;
                var chain = new List<string> { TypeNames.CastName(tuple.Step.Outputs[argument.TupleIndex].Type) };
                AddToChain(chain, TypeNames.CastName(argument.Field!.Type));
                return Artifact(parameter, tuple.Node, tuple.Step.Outputs[argument.TupleIndex].Name, chain);
            case PlannedKind.DefineParameter:
                var defineParameter = argument.DefineParameter!;
                var sources = new List<string> { TypeNames.CastName(defineParameter.Type) };
                return new InputSpec(parameter.Name, parameter.Ordinal, typeName, display, BindingKind.Parameter, defineParameter.Name, null,
                    null, null, Without(sources, TypeNames.CastName(parameter.Type)));
            default:
                var nested = LowerStep(argument.Nested!.Invocation, argument.Nested.Method, argument.Nested.Awaited, null, argument.Nested);
                if (nested is null)
                {
                    return null;
                }

                var (node, nestedStep) = nested.Value;
                if (nestedStep.ReturnsTuple || node.Outputs.Count != 1)
                {
                    ReportArgument(argument.ReportAt, parameter, step);
                    return null;
                }

                return Artifact(parameter, node.Name, node.Outputs[0].Name, new List<string> { TypeNames.CastName(nestedStep.Outputs[0].Type) });
        }
    }
}

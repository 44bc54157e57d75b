using System.Collections.Generic;
using System.Linq;
using Weft.Generators.Helpers;
using Weft.Generators.Model;
using Weft.Generators.Serialization;

namespace Weft.Generators.Emitting;

internal static partial class PipelineEmitter
{
    private static void EmitBuildDefinition(SourceWriter writer, PipelineSpec spec)
    {
        writer.OpenBlock($"private static {Global.PipelineDefinition} __WeftBuildDefinition()");
        writer.WriteLine($"return new {Global.PipelineDefinition}(");
        writer.Indent++;
        writer.WriteLine($"{Literals.String(spec.PipelineName)},");
        writer.WriteLine($"{Literals.String(spec.FullTypeName)},");
        EmitParameters(writer, spec);
        writer.WriteLine($"new {Global.StepNode}[]");
        writer.OpenBlock();
        foreach (var node in spec.Nodes)
        {
            EmitNode(writer, node);
        }

        writer.CloseBlock(",");
        writer.WriteLine($"schedule: {Literals.String(spec.Schedule)},");
        writer.WriteLine($"image: {Literals.String(spec.Image)},");
        writer.WriteLine($"resources: {Resources(spec.Resources)});");
        writer.Indent--;
        writer.CloseBlock();
    }

    private static void EmitParameters(SourceWriter writer, PipelineSpec spec)
    {
        writer.WriteLine($"new {Global.PipelineParameter}[]");
        writer.OpenBlock();
        foreach (var parameter in spec.Parameters)
        {
            var hasDefault = parameter.DefaultLiteral is not null;
            writer.WriteLine($"new({Literals.String(parameter.Name)}, {Literals.String(parameter.TypeDisplay)}, {Literals.Bool(hasDefault)}, " +
                $"{DefaultValue(parameter)}, {SerializerEmitter.SerializerExpression(parameter.Shape)}, {SerializerEmitter.ParseExpression(parameter.Shape)}),");
        }

        writer.CloseBlock(",");
    }

    private static string DefaultValue(ParameterSpec parameter) => parameter.DefaultLiteral switch
    {
        null or "null" => "null",
        "default" => $"default({parameter.TypeFullName})",
        var literal => $"({parameter.TypeFullName})({literal})",
    };

    private static void EmitNode(SourceWriter writer, NodeSpec node)
    {
        writer.WriteLine($"new {Global.StepNode}(");
        writer.Indent++;
        writer.Start().AppendString(node.Name).Append(", ").AppendString(node.StepName).Append(", ").AppendString(node.MethodDisplay).Append(',').End();
        writer.WriteLine($"new {Global.StepInput}[]");
        writer.OpenBlock();
        foreach (var input in node.Inputs)
        {
            writer.Start().Append("new(").AppendString(input.Name).Append(", ").AppendString(input.TypeDisplay).Append(", ");
            AppendBinding(writer, input).Append("),").End();
        }

        writer.CloseBlock(",");
        writer.WriteLine($"new {Global.StepOutput}[]");
        writer.OpenBlock();
        foreach (var output in node.Outputs)
        {
            writer.Start().Append("new(").AppendString(output.Name).Append(", ").AppendString(output.TypeDisplay).Append(", ")
                .Append(SerializerEmitter.SerializerExpression(output.Shape)).Append("),").End();
        }

        writer.CloseBlock(",");
        AppendInvoker(writer.Start(), node).Append(',').End();
        writer.Start().AppendString(node.CodeFingerprint).Append(',').End();
        writer.Line(Policy(node), "),");
        writer.Indent--;
    }

    private static SourceWriter AppendBinding(SourceWriter writer, InputSpec input) => input.Kind switch
    {
        BindingKind.Artifact => writer.Append("new ").Append(Global.ArtifactBinding).Append('(').AppendString(input.Source).Append(", ")
            .AppendString(input.SourceOutput).Append(')'),
        BindingKind.Parameter => writer.Append("new ").Append(Global.ParameterBinding).Append('(').AppendString(input.Source).Append(')'),
        _ => writer.Append("new ").Append(Global.ConstantBinding).Append('(').Append(input.ConstantLiteral ?? string.Empty).Append(", ")
            .AppendString(input.ConstantText).Append(')'),
    };

    private static string Policy(NodeSpec node)
    {
        if (node.Retries == 0 && node.Cache && node.CacheVersion is null && node.Resources is null && node.Image is null && node.TimeoutSeconds <= 0)
        {
            return "null";
        }

        var timeout = node.TimeoutSeconds > 0 ? $", {Global.TimeSpan}.FromSeconds({Literals.Int(node.TimeoutSeconds)})" : string.Empty;
        return $"new {Global.StepPolicy}({Literals.Int(node.Retries)}, {Literals.Bool(node.Cache)}, {Literals.String(node.CacheVersion)}, " +
               $"{Resources(node.Resources)}, {Literals.String(node.Image)}{timeout})";
    }

    private static string Resources(ResourceSpec? resources) => resources is null
        ? "null"
        : $"new {Global.ResourceRequest}({Literals.String(resources.Cpu)}, {Literals.String(resources.Memory)}, {Literals.Int(resources.Gpu)})";

    /// <summary>The typed invoker: unbox each argument through the types the C# compiler converted it through, call, box the outputs.</summary>
    private static SourceWriter AppendInvoker(SourceWriter writer, NodeSpec node)
    {
        var isAsync = node.AsyncKind != StepAsyncKind.Sync;
        writer.Append(isAsync ? "static async (__args, __ct) =>" : "static (__args, __ct) =>");
        if (node.Outputs.Count == 0)
        {
            writer.Append(" { ");
            AppendCall(writer, node, isAsync).Append("; return ");
            OpenResult(writer, isAsync).Append("global::System.Array.Empty<object?>()");
            return CloseResult(writer, isAsync).Append("; }");
        }

        if (node.ReturnsTuple)
        {
            writer.Append(" { var __result = ");
            AppendCall(writer, node, isAsync).Append("; return ");
            OpenResult(writer, isAsync).Append("new ").Append(Global.ObjectArray).Append(" { ");
            for (var i = 0; i < node.Outputs.Count; i++)
            {
                // A tuple element may be named by a keyword (@class): the member access needs the '@' the name itself does not keep.
                writer.Append(i == 0 ? "__result." : ", __result.").Append(Parsing.TypeNames.Identifier(node.Outputs[i].Member));
            }

            writer.Append(" }");
            return CloseResult(writer, isAsync).Append("; }");
        }

        OpenResult(writer.Append(' '), isAsync).Append("new ").Append(Global.ObjectArray).Append(" { ");
        AppendCall(writer, node, isAsync).Append(" }");
        return CloseResult(writer, isAsync);
    }

    /// <summary>A synchronous invoker wraps the array it returns in a completed <c>ValueTask</c>; an async one returns it as it is.</summary>
    private static SourceWriter OpenResult(SourceWriter writer, bool isAsync)
        => isAsync ? writer : writer.Append("new ").Append(Global.ValueTask).Append('<').Append(Global.ObjectArray).Append(">(");

    /// <summary>Closes what <see cref="OpenResult"/> opened.</summary>
    private static SourceWriter CloseResult(SourceWriter writer, bool isAsync) => isAsync ? writer : writer.Append(')');

    /// <summary><c>[await ]Step.Method((int)__args[0]!, __ct)[.ConfigureAwait(false)]</c>.</summary>
    private static SourceWriter AppendCall(SourceWriter writer, NodeSpec node, bool isAsync)
    {
        if (isAsync)
        {
            writer.Append("await ");
        }

        writer.Append(node.MethodReference).Append('(');
        for (var ordinal = 0; ordinal < node.ParameterCount; ordinal++)
        {
            if (ordinal > 0)
            {
                writer.Append(", ");
            }

            if (ordinal == node.CancellationTokenOrdinal)
            {
                writer.Append("__ct");
            }
            else if (InputAt(node, ordinal) is var index and >= 0)
            {
                AppendUnbox(writer, node.Inputs[index], index);
            }
            else
            {
                writer.Append("default!");
            }
        }

        writer.Append(')');
        return isAsync ? writer.Append(".ConfigureAwait(false)") : writer;
    }

    /// <summary>The index of the input bound to parameter <paramref name="ordinal"/> (the last one, should two claim it), or -1.</summary>
    private static int InputAt(NodeSpec node, int ordinal)
    {
        for (var i = node.Inputs.Count - 1; i >= 0; i--)
        {
            if (node.Inputs[i].Ordinal == ordinal)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>(Parameter)(LastSource)…(FirstSource)__args[i]!</c>: the casts the compiler applied, outermost first.</summary>
    private static void AppendUnbox(SourceWriter writer, InputSpec input, int index)
    {
        writer.Append('(').Append(input.TypeFullName).Append(')');
        for (var i = input.SourceTypes.Count - 1; i >= 0; i--)
        {
            writer.Append('(').Append(input.SourceTypes[i]).Append(')');
        }

        writer.Append("__args[").Append(CSharpText.Number(index)).Append("]!");
    }
}

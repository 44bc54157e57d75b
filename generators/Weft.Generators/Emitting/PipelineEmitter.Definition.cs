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
        writer.Line(Literals.String(node.Name), ", ", Literals.String(node.StepName), ", ", Literals.String(node.MethodDisplay), ",");
        writer.WriteLine($"new {Global.StepInput}[]");
        writer.OpenBlock();
        foreach (var input in node.Inputs)
        {
            writer.Line("new(", Literals.String(input.Name), ", ", Literals.String(input.TypeDisplay), ", ", Binding(input), "),");
        }

        writer.CloseBlock(",");
        writer.WriteLine($"new {Global.StepOutput}[]");
        writer.OpenBlock();
        foreach (var output in node.Outputs)
        {
            writer.Line("new(", Literals.String(output.Name), ", ", Literals.String(output.TypeDisplay), ", ", SerializerEmitter.SerializerExpression(output.Shape), "),");
        }

        writer.CloseBlock(",");
        writer.Line(Invoker(node), ",");
        writer.Line(Literals.String(node.CodeFingerprint), ",");
        writer.Line(Policy(node), "),");
        writer.Indent--;
    }

    private static string Binding(InputSpec input) => input.Kind switch
    {
        BindingKind.Artifact => $"new {Global.ArtifactBinding}({Literals.String(input.Source)}, {Literals.String(input.SourceOutput)})",
        BindingKind.Parameter => $"new {Global.ParameterBinding}({Literals.String(input.Source)})",
        _ => $"new {Global.ConstantBinding}({input.ConstantLiteral}, {Literals.String(input.ConstantText)})",
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
    private static string Invoker(NodeSpec node)
    {
        var call = $"{node.MethodReference}({string.Join(", ", CallArguments(node))})";
        var isAsync = node.AsyncKind != StepAsyncKind.Sync;
        var awaitedCall = isAsync ? $"await {call}.ConfigureAwait(false)" : call;
        var wrap = isAsync ? (System.Func<string, string>)(e => e) : e => $"new {Global.ValueTask}<{Global.ObjectArray}>({e})";
        var prefix = isAsync ? "static async (__args, __ct) =>" : "static (__args, __ct) =>";
        if (node.Outputs.Count == 0)
        {
            return $"{prefix} {{ {awaitedCall}; return {wrap("global::System.Array.Empty<object?>()")}; }}";
        }

        if (node.ReturnsTuple)
        {
            var members = string.Join(", ", node.Outputs.Select(o => "__result." + o.Member));
            return $"{prefix} {{ var __result = {awaitedCall}; return {wrap($"new {Global.ObjectArray} {{ {members} }}")}; }}";
        }

        return $"{prefix} {wrap($"new {Global.ObjectArray} {{ {awaitedCall} }}")}";
    }

    private static IEnumerable<string> CallArguments(NodeSpec node)
    {
        for (var ordinal = 0; ordinal < node.ParameterCount; ordinal++)
        {
            if (ordinal == node.CancellationTokenOrdinal)
            {
                yield return "__ct";
            }
            else if (InputAt(node, ordinal) is var index and >= 0)
            {
                yield return Unbox(node.Inputs[index], index);
            }
            else
            {
                yield return "default!";
            }
        }
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

    private static string Unbox(InputSpec input, int index)
    {
        var expression = $"__args[{Literals.Int(index)}]!";
        foreach (var type in input.SourceTypes)
        {
            expression = $"({type}){expression}";
        }

        return $"({input.TypeFullName}){expression}";
    }
}

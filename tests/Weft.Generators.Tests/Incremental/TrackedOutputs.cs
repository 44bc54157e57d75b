using Microsoft.CodeAnalysis;
using Weft.Generators.Model;

namespace Weft.Generators.Tests.Incremental;

/// <summary>Reads what the driver recorded about each incremental stage of the last run.</summary>
internal static class TrackedOutputs
{
    /// <summary>The name under which the driver tracks <c>RegisterSourceOutput</c> stages.</summary>
    public const string SourceOutput = "SourceOutput";

    /// <summary>Every output of the stage tracked as <paramref name="stageName"/>.</summary>
    public static IReadOnlyList<TrackedOutput> Of(GeneratorRunResult result, string stageName)
    {
        Assert.True(result.TrackedSteps.TryGetValue(stageName, out var steps),
            $"No tracked stage '{stageName}'; tracked: [{string.Join(", ", result.TrackedSteps.Keys.Order(StringComparer.Ordinal))}]");
        return Flatten(steps);
    }

    /// <summary>Every output of every <c>RegisterSourceOutput</c> stage.</summary>
    public static IReadOnlyList<TrackedOutput> OfSourceOutputs(GeneratorRunResult result)
    {
        Assert.True(result.TrackedOutputSteps.TryGetValue(SourceOutput, out var steps), "No tracked source output stage");
        return Flatten(steps);
    }

    /// <summary>The outputs of the source output that emits code: the one fed by the specs (the others report diagnostics).</summary>
    public static IReadOnlyList<TrackedOutput> OfSpecSourceOutput(GeneratorRunResult result)
        => OfSourceOutputs(result).Where(o => o.Inputs.Any(i => i.Stage == TrackingNames.PipelineSpecs)).ToList();

    /// <summary>The spec a spec source output was emitted from.</summary>
    public static PipelineSpec? SpecOf(TrackedOutput output) => output.Inputs.Single(i => i.Stage == TrackingNames.PipelineSpecs).Value as PipelineSpec;

    /// <summary>Asserts that every output is one of <paramref name="allowed"/>, listing the offenders otherwise.</summary>
    public static void AssertAll(IReadOnlyList<TrackedOutput> outputs, string what, params IncrementalStepRunReason[] allowed)
    {
        Assert.NotEmpty(outputs);
        var offenders = outputs.Where(o => !allowed.Contains(o.Reason)).ToList();
        Assert.True(offenders.Count == 0,
            $"{what}: expected only [{string.Join(", ", allowed)}] but got:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    /// <summary>A short description of a model value for failure messages.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        PipelineSpec spec => "spec of " + spec.FullTypeName,
        PipelineResult result => "result of " + (result.Spec?.FullTypeName ?? "(no spec)") + $" with {result.Diagnostics.Count} diagnostic(s)",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static List<TrackedOutput> Flatten(IEnumerable<IncrementalGeneratorRunStep> steps)
        => steps.SelectMany(step => step.Outputs.Select(output => new TrackedOutput(output.Value, output.Reason,
                step.Inputs.Select(input => (input.Source.Name, input.Source.Outputs[input.OutputIndex].Value)).ToList())))
            .ToList();
}

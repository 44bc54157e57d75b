using Weft.IntegrationTests.Pipelines;

namespace Weft.IntegrationTests;

/// <summary>Pipelines compiled with the generator as an analyzer: the generated graph runs and returns the right outputs.</summary>
public sealed class GeneratedPipelineTests
{
    [Fact]
    public void Definition_LowersBodyInOrder_WithNumberedRepeatsAndNestedCalls()
    {
        var names = Grammar.Definition.Nodes.Select(n => n.Name).ToArray();

        Assert.Equal(["Make", "Halve", "Stats", "Stats_2", "ScaleAsync", "Halve_2", "Count", "Count_2", "Add", "Range", "Describe"], names);
        Assert.Equal("Grammar", Grammar.Definition.Name);
        Assert.Equal(["count", "factor", "scale"], Grammar.Definition.Parameters.Select(p => p.Name).ToArray());
        Assert.All(Grammar.Definition.Parameters, p => Assert.True(p.HasDefault));
    }

    [Fact]
    public void Definition_RecordsBindingsOfEveryKind()
    {
        var make = Grammar.Definition.GetNode("Make");
        Assert.Equal(new ParameterBinding("count"), make.Inputs[0].Binding);
        Assert.Equal(new ParameterBinding("scale"), make.Inputs[1].Binding);
        Assert.Equal("\"grammar\"", Assert.IsType<ConstantBinding>(make.Inputs[2].Binding).Text);

        var stats2 = Grammar.Definition.GetNode("Stats_2");
        Assert.Equal(new ArtifactBinding("Halve", "Right"), stats2.Inputs[0].Binding);
        Assert.Equal(2, Assert.IsType<ConstantBinding>(stats2.Inputs[1].Binding).Value);

        var stats = Grammar.Definition.GetNode("Stats");
        Assert.Equal(4, Assert.IsType<ConstantBinding>(stats.Inputs[1].Binding).Value);

        var add = Grammar.Definition.GetNode("Add");
        Assert.Equal(new ArtifactBinding("Count", "value"), add.Inputs[0].Binding);
        Assert.Equal(new ArtifactBinding("Count_2", "value"), add.Inputs[1].Binding);
        Assert.Equal(new ArtifactBinding("Halve_2", "Left"), Grammar.Definition.GetNode("Count").Inputs[0].Binding);

        var describe = Grammar.Definition.GetNode("Describe");
        Assert.Equal("\"Grammar\"", Assert.IsType<ConstantBinding>(describe.Inputs[4].Binding).Text);
        Assert.Contains(Grammar.Definition.Edges, e => e == new PipelineEdge("Halve", "Left", "Stats", "data"));
    }

    [Fact]
    public void Definition_HasOutputsAndFingerprints()
    {
        var halve = Grammar.Definition.GetNode("Halve");
        Assert.Equal(["Left", "Right"], halve.Outputs.Select(o => o.Name).ToArray());
        Assert.Equal("value", Grammar.Definition.GetNode("Count").Outputs.Single().Name);
        Assert.Empty(Expressive.Definition.GetNode("Record").Outputs);
        Assert.All(Grammar.Definition.Nodes, n => Assert.Matches("^[0-9a-f]{16}$", n.CodeFingerprint));
        Assert.Equal(Grammar.Definition.GetNode("Halve").CodeFingerprint, Grammar.Definition.GetNode("Halve_2").CodeFingerprint);
        Assert.NotEqual(Grammar.Definition.GetNode("Halve").CodeFingerprint, Grammar.Definition.GetNode("Count").CodeFingerprint);
        Assert.Equal(2, FlakyPipeline.Definition.GetNode("Unreliable").Policy.Retries);
    }

    [Fact]
    public async Task RunAsync_ReturnsOutputsOfEveryStep()
    {
        var run = await Grammar.RunAsync(count: 8);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        var make = run.Output<Dataset>("Make");
        Assert.Equal(8, make.Count);
        Assert.Equal("grammar", make.Name);
        Assert.Equal(70, make.Points[^1].X);
        Assert.Equal(4, run.Output<Dataset>("Halve", "Left").Count);
        Assert.Equal(25 * 3, run.Output<Dataset>("ScaleAsync").Points[^1].X);
        Assert.Equal(8L, run.Output<long>("Add"));
        Assert.Equal(4, run.Output<Stats>("Stats").Histogram.Sum());
        Assert.Equal(2, run.Output<Stats>("Stats_2").Histogram.Length);
        Assert.Equal(70, run.Output<Bounds>("Range").Max);
        Assert.Equal("Grammar: 4+4 points, x in [0, 70], total 8, digits 3", run.Output<string>("Describe"));
    }

    [Fact]
    public async Task RunAsync_IsReproducible_AndSeedChangesRandomness()
    {
        var a = await Grammar.RunAsync();
        var b = await Grammar.RunAsync();
        var c = await Grammar.RunAsync(options: new RunOptions { Seed = 99 });

        var ys = (PipelineRun r) => r.Output<Dataset>("Make").Points.Select(p => p.Y).ToArray();
        Assert.Equal(ys(a), ys(b));
        Assert.NotEqual(ys(a), ys(c));
    }

    [Fact]
    public async Task ExpressionBodiedDefine_RunsVoidStep()
    {
        var message = Guid.NewGuid().ToString();
        var run = await Expressive.RunAsync(message);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Contains(message, Expressive.Seen);
    }

    [Fact]
    public async Task Retries_RecoverAndFailuresNameTheStep()
    {
        var ok = await FlakyPipeline.RunAsync();
        Assert.Equal(RunStatus.Succeeded, ok.Status);
        Assert.Equal(200, ok.Output<int>("Downstream"));
        Assert.Equal(2, ok.Steps.Single(s => s.Name == "Unreliable").Attempts);

        var failed = await FlakyPipeline.RunAsync(failForever: true);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("Unreliable", failed.Error);
        Assert.Contains("attempt 3 failed", failed.Error);
        Assert.Equal(StepStatus.Skipped, failed.Steps.Single(s => s.Name == "Downstream").Status);
    }

    [Fact]
    public async Task Payloads_BytesDictionariesNullablesAndMaterializedTypes()
    {
        var run = await Payloads.RunAsync();

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal("16:8:none:0,2,4,6,8,10,12,14", run.Output<string>("Check"));
    }

    [Fact]
    public async Task GeneratedSerializers_RoundTripStepOutputs()
    {
        var run = await Grammar.RunAsync();
        foreach (var node in Grammar.Definition.Nodes)
        {
            foreach (var output in node.Outputs)
            {
                Assert.True(run.TryGetOutput(node.Name, output.Name, out var value));
                using var stream = new MemoryStream();
                await output.Serializer.WriteObjectAsync(value, stream, CancellationToken.None);
                stream.Position = 0;
                var back = await output.Serializer.ReadObjectAsync(stream, CancellationToken.None);
                using var again = new MemoryStream();
                await output.Serializer.WriteObjectAsync(back, again, CancellationToken.None);
                Assert.Equal(stream.ToArray(), again.ToArray());
                Assert.Matches("^[0-9a-f]{16}$", output.Serializer.SchemaFingerprint);
            }
        }
    }

    [Fact]
    public void Catalog_ListsEveryPipelineOfTheAssembly()
    {
        _ = Grammar.Definition;
        Assert.Contains("Grammar", PipelineCatalog.Names);
        Assert.Contains("Flaky", PipelineCatalog.Names);
        Assert.True(PipelineCatalog.TryGet("Payloads", out var payloads));
        Assert.Equal("Payloads", payloads.Name);
    }

    [Fact]
    public void Parameters_ParseCommandLineValues()
    {
        var parameters = Grammar.Definition.Parameters.ToDictionary(p => p.Name);
        Assert.Equal(12, parameters["count"].Parse("12"));
        Assert.Equal(0.5, parameters["factor"].Parse("0.5"));
        Assert.Equal(Scale.Small, parameters["scale"].Parse("small"));
        Assert.Throws<FormatException>(() => parameters["count"].Parse("twelve"));
        Assert.Equal(SharedSteps.DefaultCount, parameters["count"].DefaultValue);
    }
}

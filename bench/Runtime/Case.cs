using System.Text.Json;
using Weft;

namespace RuntimeBench;

/// <summary>Runs one case in this process: a warm-up, then first runs on fresh stores, each followed by its identical rerun.</summary>
internal static class Case
{
    public static async Task<int> RunAsync(string shape, int n, string executor)
    {
        var root = Path.Combine(Path.GetTempPath(), $"weft-bench-{Environment.ProcessId}");
        try
        {
            // Warm up the JIT on the code paths the measured runs take (first run and cached rerun), in stores of their own,
            // then give tiered compilation time to finish its optimized versions in the background: the figures are for a
            // process that has run pipelines before, not for the first seconds of one.
            for (var round = 0; round < 3; round++)
            {
                foreach (var warmup in new[] { Shapes.Chain(2_000), Shapes.Grid(2_500), Shapes.Fan(1_000) })
                {
                    var warmStore = Path.Combine(root, $"warmup-{round}-{warmup.Name}");
                    await RunOnceAsync(warmup, executor, warmStore);
                    await RunOnceAsync(warmup, executor, warmStore);
                }

                await Task.Delay(300);
            }

            var definition = Shapes.Build(shape, n);

            // Several repetitions, each a first run on a fresh store and its rerun, for sizes where that is quick; the median
            // is reported.
            var repetitions = n <= 10_000 ? 5 : 1;
            var firsts = new List<Measurement>();
            var reruns = new List<Measurement>();
            var cachedSteps = 0;
            for (var repetition = 0; repetition < repetitions; repetition++)
            {
                var store = Path.Combine(root, $"measured-{repetition}");
                var (first, firstCost) = await Measurement.TakeAsync(() => RunOnceAsync(definition, executor, store));
                Check(first, definition);
                firsts.Add(firstCost);
                if (executor == "inprocess")
                {
                    var (rerun, rerunCost) = await Measurement.TakeAsync(() => RunOnceAsync(definition, executor, store));
                    Check(rerun, definition);
                    reruns.Add(rerunCost);
                    cachedSteps = rerun.Steps.Count(s => s.Cached);
                }
            }

            var firstMedian = Measurement.Median(firsts);
            var rerunMedian = reruns.Count == 0 ? (Measurement?)null : Measurement.Median(reruns);
            var result = new CaseResult
            {
                Shape = shape,
                N = n,
                Executor = executor,
                Steps = definition.Nodes.Count,
                Repetitions = repetitions,
                FirstSeconds = firstMedian.Seconds,
                FirstCpuSeconds = firstMedian.CpuSeconds,
                FirstAllocatedBytes = firstMedian.AllocatedBytes,
                FirstCollections = firstMedian.Collections,
                FirstGcPauseSeconds = firstMedian.GcPauseSeconds,
                CachedSeconds = rerunMedian?.Seconds,
                CachedCpuSeconds = rerunMedian?.CpuSeconds,
                CachedGcPauseSeconds = rerunMedian?.GcPauseSeconds,
                CachedSteps = cachedSteps,
                PeakMiB = PeakMemory.MiB(),
            };
            Console.WriteLine(JsonSerializer.Serialize(result, BenchJson.Default.CaseResult));
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static Task<PipelineRun> RunOnceAsync(PipelineDefinition definition, string executor, string store)
    {
        var options = new RunOptions { StorePath = store };
        return executor == "memory"
            ? InMemoryExecutor.Default.ExecuteAsync(new ExecutionRequest(definition, new Dictionary<string, object?>(), options), CancellationToken.None)
            : PipelineRunner.RunAsync(definition, new Dictionary<string, object?>(), options);
    }

    private static void Check(PipelineRun run, PipelineDefinition definition)
    {
        if (run.Status != RunStatus.Succeeded)
        {
            throw new InvalidOperationException($"{definition.Name} did not succeed: {run.Error}");
        }

        // The chain's last step counts the steps: a wrong value means a wrong input reached a step.
        if (definition.Name == "Chain" && run.Output<int>(definition.Nodes[^1].Name) != definition.Nodes.Count)
        {
            throw new InvalidOperationException($"Chain computed {run.Output<int>(definition.Nodes[^1].Name)}, not {definition.Nodes.Count}.");
        }
    }
}

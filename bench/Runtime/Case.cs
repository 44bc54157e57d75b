using System.Diagnostics;
using System.Text.Json;
using Weft;

namespace RuntimeBench;

/// <summary>Runs one case in this process: a warm-up, the first run on a fresh store, then the identical rerun.</summary>
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
            var store = Path.Combine(root, "measured");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var collections = GC.CollectionCount(0);
            var pauses = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var first = await RunOnceAsync(definition, executor, store);
            var firstAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var firstCollections = GC.CollectionCount(0) - collections;
            var firstPause = (GC.GetTotalPauseDuration() - pauses).TotalSeconds;
            var firstSeconds = clock.Elapsed.TotalSeconds;
            var firstCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Check(first, definition);

            double? cachedSeconds = null;
            double? cachedCpu = null;
            double? cachedPause = null;
            var cachedSteps = 0;
            if (executor == "inprocess")
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                pauses = GC.GetTotalPauseDuration();
                clock.Restart();
                var rerun = await RunOnceAsync(definition, executor, store);
                cachedSeconds = clock.Elapsed.TotalSeconds;
                cachedCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                cachedPause = (GC.GetTotalPauseDuration() - pauses).TotalSeconds;
                Check(rerun, definition);
                cachedSteps = rerun.Steps.Count(s => s.Cached);
            }

            var result = new CaseResult
            {
                Shape = shape,
                N = n,
                Executor = executor,
                Steps = definition.Nodes.Count,
                FirstSeconds = firstSeconds,
                FirstCpuSeconds = firstCpu,
                FirstAllocatedBytes = firstAllocated,
                FirstCollections = firstCollections,
                FirstGcPauseSeconds = firstPause,
                CachedGcPauseSeconds = cachedPause,
                CachedSeconds = cachedSeconds,
                CachedCpuSeconds = cachedCpu,
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

namespace Weft.Storage;

/// <summary>
/// Walks lineage upstream: from artifacts to the step runs that produced them, to those step runs' input artifacts, and
/// so on. A cached step run is replaced by the step run that computed its outputs, whose inputs are the real edges.
/// </summary>
internal sealed class LineageBuilder(StoreQueries queries)
{
    private readonly Dictionary<long, StepRunRecord> _steps = [];
    private readonly Dictionary<string, ArtifactRecord> _artifacts = new(StringComparer.Ordinal);
    private readonly Queue<string> _pending = new();

    /// <summary>The lineage of a run or an artifact; <see langword="null"/> if neither exists.</summary>
    public LineageGraph? Build(string id)
    {
        if (queries.FindRun(id) is { } run)
        {
            var latest = new Dictionary<string, StepRunRecord>(StringComparer.Ordinal);
            foreach (var step in queries.StepRunsOfRun(run.RunId))
            {
                latest[step.Node] = step;
            }

            foreach (var step in latest.Values)
            {
                Add(step);
            }

            Drain();
            return Graph(run.RunId);
        }

        if (queries.FindArtifact(id) is not { } artifact)
        {
            return null;
        }

        _pending.Enqueue(artifact.Id);
        Drain();
        return Graph(artifact.Id);
    }

    private void Add(StepRunRecord step)
    {
        if (step is { Cached: true, OriginStepRunId: { } origin } && queries.StepRun(origin) is { } computed)
        {
            step = computed;
        }

        if (!_steps.TryAdd(step.Id, step))
        {
            return;
        }

        foreach (var input in step.Inputs)
        {
            if (input.ArtifactId is { } artifactId)
            {
                _pending.Enqueue(artifactId);
            }
        }

        foreach (var output in step.Outputs)
        {
            _pending.Enqueue(output.ArtifactId);
        }
    }

    private void Drain()
    {
        while (_pending.TryDequeue(out var id))
        {
            if (_artifacts.ContainsKey(id) || queries.FindArtifact(id) is not { } artifact)
            {
                continue;
            }

            _artifacts[id] = artifact;
            if (artifact.ProducerStepRunId is { } producer && !_steps.ContainsKey(producer) && queries.StepRun(producer) is { } step)
            {
                Add(step);
            }
        }
    }

    // Ids grow in recording order and a step run is recorded after the step runs whose outputs it read, so id order is
    // producers before consumers.
    private LineageGraph Graph(string root) => new(root, [.. _steps.Values.OrderBy(s => s.Id)], _artifacts);
}

using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>Reads records from a store's database. Callers serialize access to the connection.</summary>
internal sealed class StoreQueries(SqliteConnection connection, StoreLayout layout)
{
    private const string RunColumns =
        "id, pipeline, pipeline_type, name, status, started_at, finished_at, logical_time, seed, use_cache, source_revision, orchestrator, owner, resumes, error, image, resumed_at, earlier_us";

    private const string StepColumns = """
        s.id, s.run_id, r.pipeline, s.node, s.step, s.status, s.cached, s.origin_id, s.origin_run_id, s.attempts, s.started_at, s.finished_at,
        s.duration_us, s.code_fingerprint, s.cache_key, s.inputs, s.outputs, s.error, s.log_path, s.image
        """;

    private const string ArtifactColumns = """
        a.id, a.type, a.schema_fingerprint, a.size, a.uri, a.created_at, a.producer_id, s.run_id, r.pipeline, s.node, a.producer_output
        """;

    // How many ids an ambiguous prefix names; one more is read to tell "these" from "these and more".
    private const int AmbiguousCandidates = 5;

    public IReadOnlyList<RunRecord> ListRuns(RunQuery query)
    {
        using var command = connection.CreateCommand();
        var filters = new List<string>();
        if (query.Pipeline is not null)
        {
            filters.Add("pipeline = $pipeline");
            command.Parameters.AddWithValue("$pipeline", query.Pipeline);
        }

        if (query.Status is { } status)
        {
            filters.Add("status = $status");
            command.Parameters.AddWithValue("$status", StatusText.Of(status));
        }

        command.CommandText = $"SELECT {RunColumns} FROM runs {(filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters))} ORDER BY started_at DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
        var runs = new List<RunRecord>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                runs.Add(ReadRun(reader));
            }
        }

        return [.. runs.Select(WithParametersAndTags)];
    }

    /// <summary>The run with id <paramref name="runId"/>, or the only run whose id starts with it.</summary>
    /// <exception cref="StoreException">The prefix matches several runs.</exception>
    public RunRecord? FindRun(string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunColumns} FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        var run = ReadSingleRun(command);
        if (run is null && runId.Length > 0)
        {
            command.CommandText = $"SELECT {RunColumns} FROM runs WHERE substr(id, 1, length($id)) = $id ORDER BY id LIMIT {AmbiguousCandidates + 1}";
            var matches = new List<RunRecord>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                matches.Add(ReadRun(reader));
            }

            if (matches.Count > 1)
            {
                throw Ambiguous("Run", runId, [.. matches.Select(m => m.RunId)]);
            }

            run = matches.Count == 1 ? matches[0] : null;
        }

        return run is null ? null : WithParametersAndTags(run);
    }

    /// <summary>
    /// Every step run of a run, oldest first, with metrics and metadata. A cached step run shows the inputs, metrics,
    /// metadata and log of the step run that computed its outputs.
    /// </summary>
    public List<StepRunRecord> StepRunsOfRun(string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StepColumns} FROM step_runs s JOIN runs r ON r.id = s.run_id WHERE s.run_id = $run ORDER BY s.id";
        command.Parameters.AddWithValue("$run", runId);
        var steps = ReadSteps(command);
        var originIds = steps.Where(s => s.Cached && s.OriginStepRunId is not null).Select(s => s.OriginStepRunId!.Value).Distinct().ToList();
        var origins = StepRuns(originIds).ToDictionary(s => s.Id);
        var notes = Notes([.. steps.Select(s => s.Id), .. origins.Keys]);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var source = step.Cached && step.OriginStepRunId is { } origin && origins.TryGetValue(origin, out var computed) ? computed : step;
            var (metrics, metadata) = notes.TryGetValue(source.Id, out var found) ? found : ([], []);
            steps[i] = step with
            {
                Inputs = step.Inputs.Count == 0 ? source.Inputs : step.Inputs,
                LogPath = step.LogPath ?? source.LogPath,
                Metrics = metrics,
                Metadata = metadata,
            };
        }

        return steps;
    }

    /// <summary>The step runs with these ids, in id order.</summary>
    public List<StepRunRecord> StepRuns(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StepColumns} FROM step_runs s JOIN runs r ON r.id = s.run_id WHERE s.id IN (SELECT value FROM json_each($ids)) ORDER BY s.id";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", ids) + "]");
        return ReadSteps(command);
    }

    /// <summary>The metrics and metadata of these step runs.</summary>
    public Dictionary<long, (List<KeyValuePair<string, double>> Metrics, List<KeyValuePair<string, string>> Metadata)> Notes(IReadOnlyCollection<long> ids)
    {
        var notes = new Dictionary<long, (List<KeyValuePair<string, double>>, List<KeyValuePair<string, string>>)>();
        if (ids.Count == 0)
        {
            return notes;
        }

        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$ids", "[" + string.Join(",", ids) + "]");
        command.CommandText = "SELECT step_run_id, name, value FROM metrics WHERE step_run_id IN (SELECT value FROM json_each($ids)) ORDER BY step_run_id, seq";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                Entry(reader.GetInt64(0)).Item1.Add(new(reader.GetString(1), reader.IsDBNull(2) ? double.NaN : reader.GetDouble(2)));
            }
        }

        command.CommandText = "SELECT step_run_id, key, value FROM metadata WHERE step_run_id IN (SELECT value FROM json_each($ids)) ORDER BY step_run_id, seq";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                Entry(reader.GetInt64(0)).Item2.Add(new(reader.GetString(1), reader.GetString(2)));
            }
        }

        return notes;

        (List<KeyValuePair<string, double>>, List<KeyValuePair<string, string>>) Entry(long id)
        {
            if (!notes.TryGetValue(id, out var entry))
            {
                notes[id] = entry = ([], []);
            }

            return entry;
        }
    }

    public StepRunRecord? StepRun(long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StepColumns} FROM step_runs s JOIN runs r ON r.id = s.run_id WHERE s.id = $id";
        command.Parameters.AddWithValue("$id", id);
        var steps = ReadSteps(command);
        if (steps.Count == 0)
        {
            return null;
        }

        return Notes([id]).TryGetValue(id, out var notes) ? steps[0] with { Metrics = notes.Metrics, Metadata = notes.Metadata } : steps[0];
    }

    /// <summary>The artifact with id <paramref name="id"/>, or the only one whose id starts with it (with or without <c>sha256:</c>).</summary>
    /// <exception cref="StoreException">The prefix matches several artifacts.</exception>
    public ArtifactRecord? FindArtifact(string id)
    {
        var hex = (id.StartsWith(ContentHash.Prefix, StringComparison.Ordinal) ? id[ContentHash.Prefix.Length..] : id).ToLowerInvariant();
        if (!ContentHash.TryPrefixRange(hex, out var from, out var to))
        {
            return null;
        }

        var prefix = ContentHash.Prefix + hex;
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArtifactColumns} FROM artifacts a LEFT JOIN step_runs s ON s.id = a.producer_id LEFT JOIN runs r ON r.id = s.run_id
            WHERE a.id >= $from AND a.id <= $to ORDER BY a.id LIMIT {AmbiguousCandidates + 1}
            """;
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        var matches = new List<ArtifactRecord>(AmbiguousCandidates + 1);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                matches.Add(ReadArtifact(reader));
            }
        }

        if (matches.Count > 1 && !string.Equals(matches[0].Id, prefix, StringComparison.Ordinal))
        {
            throw Ambiguous("Artifact", id, [.. matches.Select(m => m.Id)]);
        }

        return matches.Count == 0 ? null : matches[0];
    }

    /// <summary>Where the bytes of an artifact are: inline content, or the object file.</summary>
    public (byte[]? Content, bool IsFile, long Size)? ArtifactContent(string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT content, uri, size FROM artifacts WHERE id = $id";
        command.Parameters.AddWithValue("$id", ContentHash.ToBytes(id));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return (reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), !reader.IsDBNull(1), reader.GetInt64(2));
    }

    private List<StepRunRecord> ReadSteps(SqliteCommand command)
    {
        var steps = new List<StepRunRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            steps.Add(new StepRunRecord
            {
                Id = reader.GetInt64(0),
                RunId = reader.GetString(1),
                Pipeline = reader.GetString(2),
                Node = reader.GetString(3),
                Step = reader.GetString(4),
                Status = StatusText.ParseStep(reader.GetString(5)),
                Cached = reader.GetInt64(6) != 0,
                OriginStepRunId = reader.IsDBNull(7) ? null : reader.GetInt64(7),
                OriginRunId = String(reader, 8),
                Attempts = reader.GetInt32(9),
                StartedAt = Timestamps.ParseOptional(String(reader, 10)),
                FinishedAt = Timestamps.ParseOptional(String(reader, 11)),
                Duration = TimeSpan.FromTicks(reader.GetInt64(12) * TimeSpan.TicksPerMicrosecond),
                CodeFingerprint = String(reader, 13),
                CacheKey = reader.IsDBNull(14) ? null : Digest.Read((byte[])reader.GetValue(14)).ToString(),
                Inputs = LinkJson.ReadInputs(String(reader, 15)),
                Outputs = LinkJson.ReadOutputs(String(reader, 16)),
                Error = String(reader, 17),
                LogPath = String(reader, 18) is { } log ? layout.Absolute(log) : null,
                Image = String(reader, 19),
            });
        }

        return steps;
    }

    private ArtifactRecord ReadArtifact(SqliteDataReader reader) => new()
    {
        Id = ContentHash.Format((byte[])reader.GetValue(0)),
        TypeName = reader.GetString(1),
        SchemaFingerprint = reader.GetString(2),
        Size = reader.GetInt64(3),
        Path = String(reader, 4) is { } uri ? layout.Absolute(uri) : null,
        CreatedAt = Timestamps.Parse(reader.GetString(5)),
        ProducerStepRunId = reader.IsDBNull(6) ? null : reader.GetInt64(6),
        ProducerRunId = String(reader, 7),
        ProducerPipeline = String(reader, 8),
        ProducerNode = String(reader, 9),
        ProducerOutput = String(reader, 10),
    };

    private RunRecord? ReadSingleRun(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRun(reader) : null;
    }

    private static RunRecord ReadRun(SqliteDataReader reader)
    {
        var status = StatusText.ParseRun(reader.GetString(4));
        var owner = String(reader, 12);
        return new RunRecord
        {
            RunId = reader.GetString(0),
            Pipeline = reader.GetString(1),
            PipelineType = reader.GetString(2),
            Name = String(reader, 3),
            Status = status,
            Abandoned = status == RunStatus.Running && RunOwner.IsDead(owner),
            StartedAt = Timestamps.Parse(reader.GetString(5)),
            FinishedAt = Timestamps.ParseOptional(String(reader, 6)),
            LogicalTime = Timestamps.Parse(reader.GetString(7)),
            Seed = reader.GetInt64(8),
            UseCache = reader.GetInt64(9) != 0,
            SourceRevision = String(reader, 10),
            Orchestrator = String(reader, 11),
            Owner = RunOwner.Display(owner),
            Resumes = reader.GetInt32(13),
            Error = String(reader, 14),
            Image = String(reader, 15),
            ResumedAt = Timestamps.ParseOptional(String(reader, 16)),
            EarlierDuration = TimeSpan.FromMicroseconds(reader.GetInt64(17)),
        };
    }

    /// <summary>The raw owner of a run (<c>host:pid:start</c>), which resume checks before taking the run over.</summary>
    public string? RawOwner(string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner FROM runs WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        return command.ExecuteScalar() as string;
    }

    private RunRecord WithParametersAndTags(RunRecord run)
    {
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$run", run.RunId);
        command.CommandText = "SELECT name, type, value, content_hash FROM run_parameters WHERE run_id = $run ORDER BY position";
        var parameters = new List<ParameterRecord>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                parameters.Add(new ParameterRecord(reader.GetString(0), reader.GetString(1), String(reader, 2), String(reader, 3)));
            }
        }

        command.CommandText = "SELECT key, value FROM run_tags WHERE run_id = $run ORDER BY key";
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tags[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return run with { Parameters = parameters, Tags = tags };
    }

    private static string? String(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private AmbiguousIdException Ambiguous(string kind, string prefix, IReadOnlyList<string> matches)
    {
        var shown = matches.Take(AmbiguousCandidates).ToList();
        var more = matches.Count > AmbiguousCandidates ? " and more" : string.Empty;
        return new AmbiguousIdException(
            $"{kind} id '{prefix}' is ambiguous in the store at {layout.Root}: it matches {string.Join(", ", shown)}{more}. Give more of the id.",
            prefix,
            shown);
    }
}

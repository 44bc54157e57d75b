using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The cache entries a run can hit, loaded in one query before it starts: every computed step run of the pipeline's step
/// methods at their current code fingerprints. A rerun then looks keys up in memory instead of asking the database per step.
/// Entries recorded by other processes after the load are not seen; those steps are computed again, which is only slower.
/// </summary>
internal sealed class CacheIndex
{
    private readonly Dictionary<Digest, CacheEntry> _entries = [];

    public int Count => _entries.Count;

    /// <remarks>Read through SQLite's own API: a rerun of a large pipeline loads one entry per step, and the loading is on its critical path.</remarks>
    public static CacheIndex Load(SqliteConnection connection, IEnumerable<(string Step, string Fingerprint)> steps)
    {
        var index = new CacheIndex();
        using var query = new RawStatement(connection, """
            SELECT id, run_id, cache_key, outputs, logged FROM step_runs
            WHERE cache_key IS NOT NULL AND (step, code_fingerprint) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?1))
            """);
        query.Bind(1, JsonSerializer.Serialize(steps.Select(s => new[] { s.Step, s.Fingerprint }).ToArray(), StoreJson.Default.StringArrayArray));
        string? lastRun = null;
        byte[] lastRunBytes = [];
        while (query.Read())
        {
            var key = query.Bytes(2);
            if (key.Length != Digest.Size)
            {
                continue;
            }

            // The newest computation of a key wins.
            var digest = Digest.Read(key);
            var id = query.Int64(0);
            if (index._entries.TryGetValue(digest, out var existing) && existing.StepRunId > id)
            {
                continue;
            }

            // Entries of one run share its id: keep one string for them all.
            var run = query.Bytes(1);
            if (lastRun is null || !run.SequenceEqual(lastRunBytes))
            {
                lastRunBytes = run.ToArray();
                lastRun = query.Text(1);
            }

            index._entries[digest] = new CacheEntry(id, lastRun, query.IsNull(3) ? "[]"u8.ToArray() : query.Bytes(3).ToArray(), query.Int64(4) != 0);
        }

        return index;
    }

    public bool TryGet(Digest key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CacheEntry? entry) => _entries.TryGetValue(key, out entry);
}

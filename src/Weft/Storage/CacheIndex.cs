using Microsoft.Data.Sqlite;

namespace Weft.Storage;

/// <summary>
/// The cache entries a run can hit, loaded in one pass before it starts: every computed step run of the pipeline's step
/// methods at their current code fingerprints. A rerun then looks keys up in memory instead of asking the database per step.
/// Entries recorded by other processes after the load are not seen; those steps are computed again, which is only slower.
/// </summary>
internal sealed class CacheIndex
{
    private readonly Dictionary<Digest, CacheEntry> _entries = [];

    public int Count => _entries.Count;

    public static CacheIndex Load(SqliteConnection connection, IEnumerable<(string Step, string Fingerprint)> steps)
    {
        var index = new CacheIndex();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, run_id, cache_key, outputs, logged FROM step_runs WHERE step = $step AND code_fingerprint = $fingerprint AND cache_key IS NOT NULL ORDER BY id";
        var step = command.Parameters.Add("$step", SqliteType.Text);
        var fingerprint = command.Parameters.Add("$fingerprint", SqliteType.Text);
        var key = new byte[Digest.Size];
        foreach (var (method, code) in steps)
        {
            step.Value = method;
            fingerprint.Value = code;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetBytes(2, 0, null, 0, 0) != Digest.Size)
                {
                    continue;
                }

                reader.GetBytes(2, 0, key, 0, Digest.Size);
                // Ordered by id, so the newest computation of a key wins.
                index._entries[Digest.Read(key)] = new CacheEntry(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(3) ? "[]" : reader.GetString(3),
                    reader.GetInt64(4) != 0);
            }
        }

        return index;
    }

    public bool TryGet(Digest key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CacheEntry? entry) => _entries.TryGetValue(key, out entry);
}

using Microsoft.Data.Sqlite;
using Weft.Storage;
using static Weft.Tests.Execution.Graph;

namespace Weft.Tests.Storage;

/// <summary>The metadata schema is versioned: empty and older databases are brought up to date, newer and broken ones refused.</summary>
public sealed class MigrationTests
{
    private readonly string _store = TestStores.NewPath();

    private string Database => Path.Combine(_store, "weft.db");

    [Fact]
    public void NewStore_IsCreatedAtTheLatestVersion_WithEveryMigrationRecorded()
    {
        using (WeftStore.Open(_store))
        {
        }

        Assert.True(Directory.Exists(Path.Combine(_store, "objects")));
        Assert.True(Directory.Exists(Path.Combine(_store, "logs")));
        var versions = StoreDatabase.Query(_store, "SELECT version, description FROM schema_migrations ORDER BY version");
        Assert.Equal(Migrations.All.Select(m => new[] { m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Description }), versions);
        Assert.Equal("wal", StoreDatabase.Query(_store, "PRAGMA journal_mode")[0][0]);
    }

    [Fact]
    public async Task EmptyDatabaseFile_IsMigrated()
    {
        Directory.CreateDirectory(_store);
        await File.WriteAllBytesAsync(Database, []);

        var run = await Run(Pipeline(Node("A", _ => 1)), new RunOptions { StorePath = _store });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.Equal(Migrations.Latest.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreDatabase.Query(_store, "SELECT max(version) FROM schema_migrations")[0][0]);
    }

    [Fact]
    public async Task OlderDatabase_IsUpgraded_KeepingItsRuns()
    {
        Directory.CreateDirectory(_store);
        using (var connection = OpenRaw())
        {
            Migrations.Apply(connection, _store, target: 1);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO runs (id, pipeline, pipeline_type, status, started_at, logical_time, seed, use_cache)
                VALUES ('20240101-000000-000001', 'Old', 'Tests.Old', 'Succeeded', '2024-01-01T00:00:00.0000000Z', '2024-01-01T00:00:00.0000000Z', 1, 1)
                """;
            command.ExecuteNonQuery();
        }

        Assert.Equal("1", StoreDatabase.Query(_store, "SELECT max(version) FROM schema_migrations")[0][0]);
        var run = await Run(Pipeline(Node("A", _ => { Step.LogMetric("m", 1); return 1; })), new RunOptions { StorePath = _store });

        Assert.Equal(RunStatus.Succeeded, run.Status);
        using var weft = WeftStore.Open(_store);
        Assert.Equal(["20240101-000000-000001", run.RunId], weft.ListRuns().Select(r => r.RunId).Order(StringComparer.Ordinal));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), weft.FindRun("20240101")!.LogicalTime);
        Assert.Equal([new("m", 1.0)], weft.GetRun(run.RunId)!.Steps.Single().Metrics);
    }

    [Fact]
    public void DatabaseFromANewerWeft_IsRefused()
    {
        using (WeftStore.Open(_store))
        {
        }

        StoreDatabase.Execute(_store, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', '2099-01-01T00:00:00.0000000Z')");

        var error = Assert.Throws<StoreException>(() => WeftStore.Open(_store));
        Assert.Contains("schema version 99", error.Message);
        Assert.Contains("upgrade Weft", error.Message);
    }

    [Fact]
    public async Task FileThatIsNotADatabase_IsRefusedInOneLine()
    {
        Directory.CreateDirectory(_store);
        await File.WriteAllTextAsync(Database, "these are not the pages you are looking for, " + new string('x', 200));

        var error = Assert.Throws<StoreException>(() => WeftStore.Open(_store));
        Assert.Contains("not a valid Weft database", error.Message);
        Assert.Contains(Database, error.Message);
        Assert.EndsWith("Restore it from a backup, or move it aside to start an empty store in that folder.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        await Assert.ThrowsAsync<StoreException>(() => Run(Pipeline(Node("A", _ => 1)), new RunOptions { StorePath = _store }));
    }

    [Fact]
    public void TwoOpenersOfANewStore_BothSucceed()
    {
        var stores = Enumerable.Range(0, 4).AsParallel().Select(_ => WeftStore.Open(_store)).ToList();
        foreach (var store in stores)
        {
            store.Dispose();
        }

        Assert.Equal(Migrations.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StoreDatabase.Query(_store, "SELECT count(*) FROM schema_migrations")[0][0]);
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

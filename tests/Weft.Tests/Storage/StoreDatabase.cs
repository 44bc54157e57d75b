using Microsoft.Data.Sqlite;

namespace Weft.Tests.Storage;

/// <summary>Direct access to a store's database, for checking rows the public API does not show and for damaging it on purpose.</summary>
internal static class StoreDatabase
{
    public static List<string?[]> Query(string store, string sql)
    {
        using var connection = Open(store);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static int Execute(string store, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open(store);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string store)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(store, "weft.db"), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

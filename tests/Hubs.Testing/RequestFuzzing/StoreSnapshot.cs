using System.Text;
using Microsoft.Data.Sqlite;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// Every row of some tables of a SQLite store, as text: taken before a fuzz run and after, a seeded row that changed or
/// went away must name something a successful write touched. Also SQLite's own integrity and foreign-key checks.
/// </summary>
public sealed class StoreSnapshot
{
    private readonly Dictionary<string, List<string>> _rows;

    private StoreSnapshot(Dictionary<string, List<string>> rows) => _rows = rows;

    public int Count(string table) => _rows[table].Count;

    public static async Task<StoreSnapshot> TakeAsync(string path, params string[] tables)
    {
        await using var connection = await OpenAsync(path);
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var list = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append(" | ");
                }

                list.Add(row.ToString());
            }

            rows[table] = list;
        }

        return new StoreSnapshot(rows);
    }

    /// <summary>Rows of this snapshot missing from <paramref name="after"/> (changed or deleted) that no touched value explains.</summary>
    public List<string> UnexplainedChanges(StoreSnapshot after, ICollection<string> touched)
    {
        var changed = new List<string>();
        foreach (var (table, rows) in _rows)
        {
            var now = after._rows[table].ToHashSet(StringComparer.Ordinal);
            changed.AddRange(rows
                .Where(row => !now.Contains(row) && !touched.Any(t => t.Length >= 4 && row.Contains(t, StringComparison.OrdinalIgnoreCase)))
                .Select(row => $"{table}: {row}"));
        }

        return changed;
    }

    /// <summary>"ok" when SQLite finds the file sound, and no row breaks a foreign key; what it found otherwise.</summary>
    public static async Task<string> IntegrityAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        await using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        var result = (string?)await integrity.ExecuteScalarAsync() ?? "no answer";
        await using var keys = connection.CreateCommand();
        keys.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await keys.ExecuteReaderAsync();
        return await reader.ReadAsync() ? $"{result}; foreign key broken in {reader.GetString(0)}" : result;
    }

    public static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<string[]>> RowsAsync(string path, string sql)
    {
        await using var connection = await OpenAsync(path);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}

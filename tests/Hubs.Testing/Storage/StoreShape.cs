using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Hubs.Testing.Storage;

/// <summary>
/// A SQLite file's shape as text, one line per column and per index (name, type, not null, default, key, and the
/// index's columns and condition): two files with equal shapes accept the same statements the same way.
/// </summary>
public static class StoreShape
{
    public static async Task<IReadOnlyList<string>> OfAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var (table, _) in await ObjectsAsync(connection, "table"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}') ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} default={(reader.IsDBNull(3) ? "-" : reader.GetString(3))} pk={reader.GetInt64(4)}"));
            }
        }

        foreach (var (index, sql) in await ObjectsAsync(connection, "index"))
        {
            // The CREATE INDEX text holds the columns and the WHERE clause; white space is folded.
            lines.Add($"index {index}: {string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}");
        }

        return lines;
    }

    private static async Task<List<(string Name, string Sql)>> ObjectsAsync(SqliteConnection connection, string type)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = $type AND name NOT LIKE 'sqlite_%' ORDER BY name";
        command.Parameters.AddWithValue("$type", type);
        await using var reader = await command.ExecuteReaderAsync();
        var objects = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1)));
        }

        return objects;
    }
}

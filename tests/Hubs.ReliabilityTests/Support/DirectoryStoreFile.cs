using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hubs.ReliabilityTests.Support;

/// <summary>
/// The directory's SQLite file, read read-only beside the running process (WAL lets a reader in at any time): what the
/// projection really holds, without going through the code under test.
/// </summary>
internal sealed class DirectoryStoreFile(string path)
{
    /// <summary>Columns stamped with the directory's own clock when it stored a row: they differ between two runs of the same events.</summary>
    private static readonly HashSet<string> ReceiptTimes = new(StringComparer.Ordinal)
    {
        "hubs.first_seen_at",
        "experts.applied_at",
        "expert_removals.removed_at",
    };

    public string Path { get; } = path;

    /// <summary>The consultation facts of the given hubs: booking id → (version, status).</summary>
    public async Task<Dictionary<Guid, (long Version, string Status)>> ConsultationsAsync(IEnumerable<string> hubIds)
    {
        var facts = new Dictionary<Guid, (long, string)>();
        if (!File.Exists(Path))
        {
            return facts;
        }

        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT booking_id, version, status FROM consultations WHERE hub_id IN (SELECT value FROM json_each($hubs))";
        command.Parameters.AddWithValue("$hubs", JsonSerializer.Serialize(hubIds));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts[Guid.Parse(reader.GetString(0))] = (reader.GetInt64(1), reader.GetString(2));
        }

        return facts;
    }

    /// <summary>
    /// Everything the directory holds as sorted, stable JSON: one line per row, tables and columns by name, rows in
    /// column order, receipt times left out. Two directories that saw the same events must give the same text.
    /// </summary>
    public async Task<string> CanonicalDumpAsync()
    {
        await using var connection = await OpenAsync();
        var tables = await ColumnAsync(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            var columns = (await ColumnAsync(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY name"))
                .Where(c => !ReceiptTimes.Contains($"{table}.{c}"))
                .ToList();
            var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {list} FROM \"{table}\" ORDER BY {list}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(table).Append(' ').AppendLine(RowJson(reader, columns));
            }
        }

        return dump.ToString();
    }

    private static string RowJson(SqliteDataReader reader, List<string> columns)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(columns[i]);
                switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
                {
                    case null: json.WriteNullValue(); break;
                    case long n: json.WriteNumberValue(n); break;
                    case double d: json.WriteNumberValue(d); break;
                    case byte[] b: json.WriteBase64StringValue(b); break;
                    case var other: json.WriteStringValue(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        // No pooling: a pooled handle would keep the file open after the scenario deletes its folder.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}

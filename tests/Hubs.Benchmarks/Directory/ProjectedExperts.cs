using Microsoft.Data.Sqlite;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// Watches the directory's own SQLite file (read-only, WAL: only committed rows) for experts it has not seen before,
/// by rowid: the moment an expert becomes visible to any query, without loading the directory's HTTP side.
/// </summary>
internal sealed class ProjectedExperts : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private long _lastRowId;

    private ProjectedExperts(SqliteConnection connection) => _connection = connection;

    public static async Task<ProjectedExperts> OpenAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var watcher = new ProjectedExperts(connection);
        await watcher.NewSinceLastAsync(cancellationToken);
        return watcher;
    }

    /// <summary>Expert ids (as stored) of the rows inserted since the previous call.</summary>
    public async Task<IReadOnlyList<string>> NewSinceLastAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid, expert_id FROM experts WHERE rowid > $last ORDER BY rowid";
        command.Parameters.AddWithValue("$last", _lastRowId);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _lastRowId = reader.GetInt64(0);
            ids.Add(reader.GetString(1));
        }

        return ids;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}

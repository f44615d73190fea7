using System.Text.Json;
using Dapper;
using Hubs.HubNode.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Tests.Practices;

/// <summary>Reads the practices table and the practice events in the outbox straight from a node's SQLite file.</summary>
public static class PracticeFile
{
    public static async Task<long> CountAsync(string path)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM practices");
    }

    /// <summary>Outbox rows about one practice, by payload.</summary>
    public static async Task<List<OutboxRecord>> OutboxForAsync(string path, Guid practiceId) =>
        [.. (await StoreFile.OutboxAsync(path)).Where(r =>
            JsonDocument.Parse(r.Payload).RootElement.TryGetProperty("practiceId", out var id) && id.GetGuid() == practiceId)];
}

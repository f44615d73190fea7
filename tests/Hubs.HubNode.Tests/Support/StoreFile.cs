using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Tests.Support;

/// <summary>Reads a hub node's SQLite file directly, to check what was really stored.</summary>
public static class StoreFile
{
    public static async Task<List<OutboxRecord>> OutboxAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        var rows = await connection.QueryAsync<OutboxRecord>(
            "SELECT seq AS Seq, event_id AS EventId, message_type AS MessageType, payload AS Payload, sent_at AS SentAt, attempts AS Attempts, destination AS Destination FROM outbox ORDER BY seq");
        return [.. rows];
    }

    public static async Task<long> ExpertCountAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM experts");
    }

    public static async Task<long> OutboxCountAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox");
    }

    /// <summary>Outbox rows about one expert, by payload.</summary>
    public static async Task<List<OutboxRecord>> OutboxForExpertAsync(string path, Guid expertId) =>
        [.. (await OutboxAsync(path)).Where(r => JsonDocument.Parse(r.Payload).RootElement.TryGetProperty("expertId", out var id) && id.GetGuid() == expertId)];

    /// <summary>Waits until every outbox row is marked sent (the relay runs in the background).</summary>
    public static async Task<List<OutboxRecord>> AllSentAsync(string path, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var rows = await OutboxAsync(path);
            if (rows.All(r => r.SentAt is not null) || DateTime.UtcNow > deadline)
            {
                return rows;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}

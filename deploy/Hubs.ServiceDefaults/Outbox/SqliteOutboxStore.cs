using System.Globalization;
using Dapper;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>
/// The outbox in a service's SQLite file (table <c>outbox</c>, created by <see cref="OutboxTable"/> in the service's
/// migrations). <paramref name="keepSent"/>: keep confirmed rows (marked <c>sent_at</c>) for inspection, or delete them.
/// </summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, bool keepSent = true) : IOutboxStore, IOutboxWriter
{
    public async Task AppendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var message in messages)
        {
            await AppendAsync(connection, transaction, message, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Appends <paramref name="message"/> inside the caller's transaction: the one place that writes outbox rows.</summary>
    public static Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxMessage message, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbox (event_id, message_type, payload, occurred_at, attempts, destination)
            VALUES (@EventId, @MessageType, @Payload, @OccurredAt, 0, @Destination)
            """,
            new
            {
                EventId = message.EventId.ToString("D"),
                message.MessageType,
                message.Payload,
                OccurredAt = Instant(message.OccurredAt),
                message.Destination,
            },
            transaction,
            cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<OutboxEntry>> FetchUnsentAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            """
            SELECT seq AS Seq, event_id AS EventId, message_type AS MessageType, payload AS Payload,
                   occurred_at AS OccurredAt, attempts AS Attempts, destination AS Destination
            FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT @Limit
            """,
            new { Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task MarkSentAsync(IReadOnlyCollection<long> seqs, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            keepSent
                ? "UPDATE outbox SET sent_at = @SentAt, attempts = attempts + 1 WHERE seq IN @Seqs AND sent_at IS NULL"
                : "DELETE FROM outbox WHERE seq IN @Seqs",
            new { Seqs = seqs, SentAt = Instant(sentAt) },
            cancellationToken: cancellationToken));
    }

    public async Task RecordFailedAttemptAsync(long seq, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET attempts = attempts + 1 WHERE seq = @Seq",
            new { Seq = seq },
            cancellationToken: cancellationToken));
    }

    public async Task<long> CountUnsentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", cancellationToken: cancellationToken));
    }

    internal static string Instant(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

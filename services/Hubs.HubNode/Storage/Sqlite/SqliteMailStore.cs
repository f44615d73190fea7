using Dapper;
using Hubs.HubNode.Mail;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>The mail queue in the hub's SQLite file (see <see cref="MailSchema"/>).</summary>
public sealed class SqliteMailStore(SqliteDatabase database) : IMailStore
{
    private const string Columns =
        "id AS Id, message_id AS MessageId, kind AS Kind, booking_id AS BookingId, recipient AS Recipient, " +
        "created_at AS CreatedAt, due_at AS DueAt, mime AS Mime, expires_at AS ExpiresAt, attempts AS Attempts";

    /// <summary>Writes <paramref name="plan"/> inside the caller's transaction: the one place that writes mail rows.</summary>
    internal static async Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, MailPlan? plan, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return;
        }

        if (plan.WithdrawRemindersOf is { } bookingId)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE mail_queue SET status = 'withdrawn', mime = NULL WHERE booking_id = @BookingId AND kind = @Kind AND status = 'pending'",
                new { BookingId = SqliteColumns.Id(bookingId), Kind = MailKinds.Reminder },
                transaction,
                cancellationToken: cancellationToken));
        }

        foreach (var mail in plan.Mails)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO mail_queue (id, message_id, kind, booking_id, recipient, due_at, next_attempt_at, expires_at, status, attempts, mime, created_at)
                VALUES (@Id, @MessageId, @Kind, @BookingId, @Recipient, @DueAt, @DueAt, @ExpiresAt, 'pending', 0, @Mime, @CreatedAt)
                """,
                new
                {
                    Id = SqliteColumns.Id(mail.Id),
                    mail.MessageId,
                    mail.Kind,
                    BookingId = mail.BookingId is { } b ? SqliteColumns.Id(b) : null,
                    mail.Recipient,
                    DueAt = At(mail.DueAt),
                    ExpiresAt = mail.ExpiresAt is { } e ? At(e) : null,
                    mail.Mime,
                    CreatedAt = At(mail.DecidedAt),
                },
                transaction,
                cancellationToken: cancellationToken));
        }
    }

    public async Task<IReadOnlyList<QueuedMail>> FetchDueAsync(Instant now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM mail_queue WHERE status = 'pending' AND next_attempt_at <= @Now ORDER BY created_at, id LIMIT @Limit",
            new { Now = At(now), Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToMail())];
    }

    public Task MarkSentAsync(Guid id, Instant at, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE mail_queue SET status = 'sent', sent_at = @At, attempts = attempts + 1, mime = NULL, last_error = NULL WHERE id = @Id AND status = 'pending'",
            new { Id = SqliteColumns.Id(id), At = At(at) },
            cancellationToken);

    public Task PostponeAsync(Guid id, Instant nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE mail_queue SET attempts = attempts + 1, next_attempt_at = @Next, last_error = @Error WHERE id = @Id AND status = 'pending'",
            new { Id = SqliteColumns.Id(id), Next = At(nextAttemptAt), Error = reason },
            cancellationToken);

    public Task MarkUndeliverableAsync(Guid id, Instant at, string reason, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE mail_queue SET status = 'undeliverable', attempts = attempts + 1, sent_at = NULL, mime = NULL, last_error = @Error WHERE id = @Id AND status = 'pending'",
            new { Id = SqliteColumns.Id(id), Error = reason },
            cancellationToken);

    public Task WithdrawAsync(Guid id, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE mail_queue SET status = 'withdrawn', mime = NULL WHERE id = @Id AND status = 'pending'",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken);

    public async Task<IReadOnlyList<MailDelivery>> ListForBookingAsync(Guid bookingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string MessageId, string Kind, string Status, long Attempts, string DueAt, string CreatedAt, string? SentAt, string? LastError)>(
            new CommandDefinition(
                """
                SELECT id, message_id, kind, status, attempts, due_at, created_at, sent_at, last_error
                FROM mail_queue WHERE booking_id = @BookingId ORDER BY created_at, due_at, id
                """,
                new { BookingId = SqliteColumns.Id(bookingId) },
                cancellationToken: cancellationToken));
        return
        [
            .. rows.Select(r => new MailDelivery(
                Guid.Parse(r.Id), r.MessageId, r.Kind, r.Status, (int)r.Attempts, Read(r.DueAt), Read(r.CreatedAt),
                r.SentAt is null ? null : Read(r.SentAt), r.LastError)),
        ];
    }

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM mail_queue WHERE status = 'pending'", cancellationToken: cancellationToken));
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private static string At(Instant instant) => SqliteColumns.Instant(instant.ToDateTimeOffset());

    private static Instant Read(string text) => Instant.FromDateTimeOffset(SqliteColumns.Instant(text));

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string MessageId { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? BookingId { get; set; }
        public string Recipient { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string DueAt { get; set; } = "";
        public byte[] Mime { get; set; } = [];
        public string? ExpiresAt { get; set; }
        public long Attempts { get; set; }

        public QueuedMail ToMail() =>
            new(Guid.Parse(Id), MessageId, Kind, BookingId is null ? null : Guid.Parse(BookingId), Recipient, Read(CreatedAt), Read(DueAt), Mime,
                ExpiresAt is null ? null : Read(ExpiresAt), (int)Attempts);
    }
}

using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>Creates the hub node's tables on start, before anything else touches the store.</summary>
public sealed class SqliteSchema(SqliteDatabase database, ILogger<SqliteSchema> logger) : IHostedService
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS experts (
            id           TEXT PRIMARY KEY,
            name         TEXT NOT NULL,
            title        TEXT NOT NULL,
            bio          TEXT NOT NULL,
            competencies TEXT NOT NULL,
            languages    TEXT NOT NULL,
            version      INTEGER NOT NULL CHECK (version >= 1),
            updated_at   TEXT NOT NULL,
            retired_at   TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS experts_active_by_name ON experts (name) WHERE retired_at IS NULL;

        CREATE TABLE IF NOT EXISTS outbox (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id     TEXT NOT NULL UNIQUE,
            message_type TEXT NOT NULL,
            payload      TEXT NOT NULL,
            occurred_at  TEXT NOT NULL,
            sent_at      TEXT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            destination  TEXT NULL                 -- null: publish; else send to this address only (warm referrals)
        );
        CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

        CREATE TABLE IF NOT EXISTS hub_profile (
            hub_id     TEXT PRIMARY KEY,
            profile    TEXT NOT NULL,
            version    INTEGER NOT NULL CHECK (version >= 1),
            updated_at TEXT NOT NULL
        );

        -- rules: the validated availability as JSON (see AvailabilityDocument). version counts rule changes;
        -- summary_version counts summaries published (ExpertAvailabilityChanged.Version).
        CREATE TABLE IF NOT EXISTS expert_availability (
            expert_id       TEXT PRIMARY KEY REFERENCES experts (id),
            rules           TEXT NOT NULL,
            version         INTEGER NOT NULL CHECK (version >= 1),
            updated_at      TEXT NOT NULL,
            summary         TEXT NULL,
            summary_version INTEGER NOT NULL CHECK (summary_version >= 0)
        );
        """;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Ddl + BookingSchema.Ddl + PracticeSchema.Ddl + ReferralSchema.Ddl + MailSchema.Ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await ReferralSchema.AddOutboxDestinationAsync(connection, cancellationToken);
        await MailSchema.AddBookingLanguageAsync(connection, cancellationToken);
        logger.LogInformation("Hub node store ready at {Path}", database.FilePath);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

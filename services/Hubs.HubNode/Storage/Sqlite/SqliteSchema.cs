using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// The hub node's tables, as numbered steps (<see cref="SqliteMigrations"/>) applied on start before anything else
/// touches the store. A released step is never edited, nor the DDL it runs (<see cref="BookingSchema"/>,
/// <see cref="PracticeSchema"/>, <see cref="ReferralSchema"/>): a new shape is a new step at the end of the list.
/// </summary>
public static class SqliteSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "tables as of the first versioned build (brings older unversioned files to that shape)", BaselineAsync),
        new(2, "mail queue and the booking's language (issue 15)", MailAsync),
        new(3, "a received referral can be declined, with the staff's reason (issue 13)", DeclinesAsync),
    ];

    // Step 3: SQLite cannot change a CHECK constraint in place, so incoming_referrals is rebuilt with 'declined' allowed.
    private static async Task DeclinesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ReferralDeclineSchema.Ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Step 2: IF NOT EXISTS and the column check, because builds made before the schema was versioned may have created them.
    private static async Task MailAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = MailSchema.Ddl;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteMigration.AddColumnIfMissingAsync(connection, transaction, "bookings", "language", "TEXT NOT NULL DEFAULT 'it'", cancellationToken);
    }

    // Step 1: CREATE TABLE IF NOT EXISTS and outbox.destination, which files made before sends existed lack.
    private const string Baseline = """
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

    private static async Task BaselineAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = Baseline + BookingSchema.Ddl + PracticeSchema.Ddl + ReferralSchema.Ddl;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await SqliteMigration.AddColumnIfMissingAsync(connection, transaction, "outbox", "destination", "TEXT NULL", cancellationToken);
    }
}

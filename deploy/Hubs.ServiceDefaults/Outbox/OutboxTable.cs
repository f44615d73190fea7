namespace Hubs.ServiceDefaults.Outbox;

/// <summary>
/// The <c>outbox</c> table <see cref="SqliteOutboxStore"/> reads and writes, for a service's migrations to create in a
/// step of their own. A later change to it is a new step in every service that has it, never an edit here.
/// </summary>
public static class OutboxTable
{
    public const string Create = """
        CREATE TABLE outbox (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id     TEXT NOT NULL UNIQUE,
            message_type TEXT NOT NULL,                -- the contract's message URN (OutboxMessageTypes)
            payload      TEXT NOT NULL,
            occurred_at  TEXT NOT NULL,
            sent_at      TEXT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            destination  TEXT NULL                     -- null: publish; else send to this address only
        );
        CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;
        """;
}

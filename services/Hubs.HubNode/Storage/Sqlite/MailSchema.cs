namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// The mail queue and the booking's language, created by step 2 of <see cref="SqliteSchema"/> (never edited: a change is a new step
/// there). <c>mail_queue</c> holds each mail
/// as decided (rendered MIME, with its stable Message-ID) from the write that caused it until the SMTP server accepts it;
/// the body is then dropped (it carried the manage token) and only the delivery record stays.
/// </summary>
internal static class MailSchema
{
    public const string Ddl = """

        CREATE TABLE IF NOT EXISTS mail_queue (
            id              TEXT PRIMARY KEY,
            message_id      TEXT NOT NULL UNIQUE,
            kind            TEXT NOT NULL,
            booking_id      TEXT NULL,
            recipient       TEXT NOT NULL,
            due_at          TEXT NOT NULL,          -- not sent before (reminders); the decision time otherwise
            next_attempt_at TEXT NOT NULL,
            expires_at      TEXT NULL,              -- withdrawn if still unsent then (a reminder once its meeting started)
            status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable', 'withdrawn')),
            attempts        INTEGER NOT NULL DEFAULT 0,
            mime            BLOB NULL,              -- null once sent, refused or withdrawn
            created_at      TEXT NOT NULL,
            sent_at         TEXT NULL,
            last_error      TEXT NULL               -- the server's reply code and text, never the address
        );
        CREATE INDEX IF NOT EXISTS mail_queue_due ON mail_queue (next_attempt_at) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS mail_queue_by_booking ON mail_queue (booking_id);
        """;
}

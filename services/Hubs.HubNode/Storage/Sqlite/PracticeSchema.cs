namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>The practices this hub authors, created by step 1 of <see cref="SqliteSchema"/> (never edited: a change is a new step there). Lists are JSON arrays, instants ISO 8601 UTC.</summary>
internal static class PracticeSchema
{
    public const string Ddl = """

        CREATE TABLE IF NOT EXISTS practices (
            id                   TEXT PRIMARY KEY,
            title                TEXT NOT NULL,
            summary              TEXT NOT NULL,
            body_markdown        TEXT NOT NULL,
            topics               TEXT NOT NULL,
            results_achieved     TEXT NOT NULL,
            links                TEXT NOT NULL,
            language             TEXT NOT NULL,
            grant_call_reference TEXT NULL,
            version              INTEGER NOT NULL CHECK (version >= 1),
            published_at         TEXT NOT NULL,
            updated_at           TEXT NOT NULL,
            withdrawn_at         TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS practices_active_by_update ON practices (updated_at) WHERE withdrawn_at IS NULL;
        """;
}

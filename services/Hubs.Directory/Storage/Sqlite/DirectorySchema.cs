using Dapper;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>The directory's tables. Versions gate every write (see the adapters); timestamps are ISO 8601 UTC text.</summary>
public static class DirectorySchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS hubs (
            hub_id                  TEXT    NOT NULL PRIMARY KEY,
            version                 INTEGER NOT NULL,            -- announced profile; 0 = placeholder made by a heartbeat
            name                    TEXT,
            city                    TEXT,
            province_code           TEXT,
            latitude                REAL,
            longitude               REAL,
            specialties             TEXT    NOT NULL DEFAULT '[]',
            languages               TEXT    NOT NULL DEFAULT '[]',
            public_url              TEXT,
            last_event_id           TEXT,
            updated_at              TEXT,
            heartbeat_version       INTEGER NOT NULL DEFAULT 0,
            last_heartbeat_at       TEXT,
            heartbeat_interval_ms   INTEGER,
            last_heartbeat_event_id TEXT,
            first_seen_at           TEXT    NOT NULL
        ) STRICT;

        CREATE TABLE IF NOT EXISTS experts (
            hub_id        TEXT    NOT NULL,
            expert_id     TEXT    NOT NULL,
            version       INTEGER NOT NULL,
            retired       INTEGER NOT NULL,                      -- 1 = tombstone: no profile, keeps the version
            name          TEXT,
            title         TEXT,
            bio           TEXT,
            competencies  TEXT    NOT NULL DEFAULT '[]',
            languages     TEXT    NOT NULL DEFAULT '[]',
            search_text   TEXT    NOT NULL DEFAULT '',
            sort_name     TEXT    NOT NULL DEFAULT '',
            last_event_id TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL,                      -- when the hub made the change
            applied_at    TEXT    NOT NULL,                      -- when the directory stored it
            PRIMARY KEY (hub_id, expert_id)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS experts_by_name ON experts (retired, sort_name, hub_id, expert_id);
        """;

    public static async Task CreateAsync(SqliteDatabase database, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Ddl, cancellationToken: cancellationToken));
    }
}

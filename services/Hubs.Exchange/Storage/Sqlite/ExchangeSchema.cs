using Dapper;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>The exchange's tables; timestamps are ISO 8601 UTC text.</summary>
public static class ExchangeSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS hubs (
            hub_id        TEXT    NOT NULL PRIMARY KEY,
            version       INTEGER NOT NULL,
            name          TEXT    NOT NULL,
            city          TEXT    NOT NULL,
            province_code TEXT    NOT NULL,
            last_event_id TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL,                      -- when the hub made the change
            applied_at    TEXT    NOT NULL                       -- when the exchange stored it
        ) STRICT;
        """;

    public static async Task CreateAsync(SqliteDatabase database, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Ddl, cancellationToken: cancellationToken));
    }
}

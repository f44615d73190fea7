using Dapper;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqlitePracticeStore(SqliteDatabase database) : IPracticeStore
{
    private static readonly string Insert = $"{PracticeRow.Table.InsertInto("practices")} ON CONFLICT (id) DO NOTHING";

    // The version check and the active check happen in the UPDATE itself: a concurrent writer's change makes it match nothing.
    // A revision keeps the first publication time.
    private static readonly string Update = $"""
        UPDATE practices SET {PracticeRow.Table.Set("id", "published_at")}
        WHERE id = @Id AND version = @ExpectedVersion AND withdrawn_at IS NULL AND @Version = @ExpectedVersion + 1
        """;

    public async Task<Practice?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {PracticeRow.Columns} FROM practices WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToPractice();
    }

    public async Task<IReadOnlyList<Practice>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {PracticeRow.Columns} FROM practices WHERE withdrawn_at IS NULL ORDER BY updated_at DESC, id DESC",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToPractice())];
    }

    public async Task<bool> AddAsync(VersionedWrite<Practice> write, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            Insert,
            PracticeRow.Parameters(write.Entity),
            transaction,
            cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(VersionedWrite<Practice> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var updated = await connection.ExecuteAsync(new CommandDefinition(
            Update,
            PracticeRow.Parameters(write.Entity, expectedVersion),
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

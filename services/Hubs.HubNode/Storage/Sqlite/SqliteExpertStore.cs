using Dapper;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteExpertStore(SqliteDatabase database) : IExpertStore
{
    private static readonly string Insert = $"{ExpertRow.Table.InsertInto("experts")} ON CONFLICT (id) DO NOTHING";

    // The version check and the active check happen in the UPDATE itself: a concurrent writer's change makes it match nothing.
    private static readonly string Update = $"""
        UPDATE experts SET {ExpertRow.Table.Set("id")}
        WHERE id = @Id AND version = @ExpectedVersion AND retired_at IS NULL AND @Version = @ExpectedVersion + 1
        """;

    public async Task<Expert?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertRow.Columns} FROM experts WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToExpert();
    }

    public async Task<IReadOnlyList<Expert>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertRow.Columns} FROM experts WHERE retired_at IS NULL ORDER BY name, id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToExpert())];
    }

    public async Task<bool> AddAsync(VersionedWrite<Expert> write, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (!await InsertAsync(connection, transaction, write, cancellationToken))
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> UpdateAsync(VersionedWrite<Expert> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var updated = await connection.ExecuteAsync(new CommandDefinition(
            Update,
            ExpertRow.Parameters(write.Entity, expectedVersion),
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

    public async Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the write lock before the emptiness check, so two replicas starting together cannot both seed.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var any = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM experts)", transaction: transaction, cancellationToken: cancellationToken));
        if (any != 0)
        {
            return false;
        }

        foreach (var write in writes)
        {
            if (!await InsertAsync(connection, transaction, write, cancellationToken))
            {
                return false;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, VersionedWrite<Expert> write, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            Insert, ExpertRow.Parameters(write.Entity), transaction, cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        return true;
    }
}

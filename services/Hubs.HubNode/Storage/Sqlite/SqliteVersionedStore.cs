using Dapper;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// The SQLite side of <see cref="IVersionedStore{T}"/> for every versioned resource: each write stores the row and appends
/// its event to the outbox in one transaction, and an update's version and not-ended checks are its WHERE clause.
/// </summary>
public abstract class SqliteVersionedStore<T, TRow>(SqliteDatabase database) : IVersionedStore<T>
    where T : class, IVersioned<T>
    where TRow : IVersionedRow<TRow, T>
{
    private static readonly string Insert = $"{TRow.Table.InsertInto(TRow.TableName)} ON CONFLICT (id) DO NOTHING";

    // The version check and the not-ended check happen in the UPDATE itself: a concurrent writer's change makes it match nothing.
    private static readonly string Update = $"""
        UPDATE {TRow.TableName} SET {TRow.Table.Set(TRow.KeptOnUpdate)}
        WHERE id = @Id AND version = @ExpectedVersion AND {TRow.EndedColumn} IS NULL AND @Version = @ExpectedVersion + 1
        """;

    protected SqliteDatabase Database => database;

    public async Task<T?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TRow>(new CommandDefinition(
            $"SELECT {TRow.Table.Select} FROM {TRow.TableName} WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToEntity();
    }

    /// <summary>The resources not ended, in the table's listing order.</summary>
    public async Task<IReadOnlyList<T>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TRow>(new CommandDefinition(
            $"SELECT {TRow.Table.Select} FROM {TRow.TableName} WHERE {TRow.EndedColumn} IS NULL ORDER BY {TRow.ListedOrder}",
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntity())];
    }

    public async Task<bool> AddAsync(VersionedWrite<T> write, CancellationToken cancellationToken = default)
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

    public async Task<bool> UpdateAsync(VersionedWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        var updated = await connection.ExecuteAsync(new CommandDefinition(
            Update, TRow.Parameters(write.Entity, expectedVersion), transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Inserts the row and appends its event in <paramref name="transaction"/>; false if the id is taken.</summary>
    protected static async Task<bool> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, VersionedWrite<T> write, CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            Insert, TRow.Parameters(write.Entity, 0), transaction, cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, write.Event, cancellationToken);
        return true;
    }
}

using Dapper;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>Experts in SQLite: the versioned writes (<see cref="SqliteVersionedStore{T, TRow}"/>) and the demo seeding.</summary>
public sealed class SqliteExpertStore(SqliteDatabase database) : SqliteVersionedStore<Expert, ExpertRow>(database), IExpertStore
{
    public async Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);

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
}

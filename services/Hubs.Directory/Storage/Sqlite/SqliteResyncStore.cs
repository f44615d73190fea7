using Dapper;
using Hubs.Directory.Resync;
using Hubs.Directory.Storage.ReadModel;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

public sealed class SqliteResyncStore(SqliteDatabase database, TimeProvider clock, DirectoryReadModel? readModel = null) : IResyncStore
{
    public async Task<int> RemoveAbsentExpertsAsync(
        string hubId, IReadOnlyCollection<Guid> present, DateTimeOffset changedBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // Tombstones stay: they keep an older publish still in flight from bringing a retired expert back.
        // updated_at and the bound time are written alike (StoredValues.Time), so text order is time order.
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM experts
            WHERE hub_id = @HubId AND retired = 0 AND updated_at < @ChangedBefore
              AND expert_id NOT IN (SELECT value FROM json_each(@Present))
            """,
            new
            {
                HubId = hubId,
                ChangedBefore = StoredValues.Time(changedBefore),
                Present = StoredValues.List(present.Select(StoredValues.Id)),
            },
            transaction,
            cancellationToken: cancellationToken));

        if (removed > 0)
        {
            // A removal leaves no row behind: remember when, so the open export's modified_after sees the hub changed.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO expert_removals (hub_id, removed_at) VALUES (@HubId, @Now)
                ON CONFLICT (hub_id) DO UPDATE SET removed_at = max(expert_removals.removed_at, excluded.removed_at)
                """,
                new { HubId = hubId, Now = StoredValues.Time(clock.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        if (removed > 0)
        {
            // The removed keys are not known here: the read model reloads the hub's experts.
            readModel?.HubExpertsChanged(hubId);
        }

        return removed;
    }
}

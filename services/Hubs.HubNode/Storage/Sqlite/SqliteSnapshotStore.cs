using System.Text.Json;
using Dapper;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Snapshots;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteSnapshotStore(SqliteDatabase database) : ISnapshotStore
{
    public async Task<Snapshot> AppendAsync(string hubId, Func<HubState, Snapshot> take, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE: the write lock is held from the read to the commit, so the state and the outbox rows agree.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var profileRow = await connection.QuerySingleOrDefaultAsync<SnapshotProfileRow>(new CommandDefinition(
            "SELECT profile AS Profile, version AS Version, updated_at AS UpdatedAt FROM hub_profile WHERE hub_id = @HubId",
            new { HubId = hubId },
            transaction,
            cancellationToken: cancellationToken));
        var experts = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertRow.Table.Select} FROM experts ORDER BY id",
            transaction: transaction,
            cancellationToken: cancellationToken));
        var practices = await connection.QueryAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {PracticeRow.Table.Select} FROM practices ORDER BY id",
            transaction: transaction,
            cancellationToken: cancellationToken));

        StoredHubProfile? profile = profileRow is not null && JsonSerializer.Deserialize<HubProfile>(profileRow.Profile) is { } p
            ? new StoredHubProfile(p, profileRow.Version)
            : null;
        var state = new HubState(
            profile,
            profileRow is null ? DateTimeOffset.MinValue : SqliteColumns.Instant(profileRow.UpdatedAt),
            [.. experts.Select(r => r.ToEntity())],
            [.. practices.Select(r => r.ToEntity())]);

        var snapshot = take(state);
        foreach (var message in snapshot.Messages)
        {
            await SqliteOutboxStore.AppendAsync(connection, transaction, message, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return snapshot;
    }

    private sealed class SnapshotProfileRow
    {
        public string Profile { get; set; } = "";
        public long Version { get; set; }
        public string UpdatedAt { get; set; } = "";
    }
}

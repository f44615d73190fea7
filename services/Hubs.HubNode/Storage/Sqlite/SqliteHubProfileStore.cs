using System.Text.Json;
using Dapper;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteHubProfileStore(SqliteDatabase database, TimeProvider time) : IHubProfileStore
{
    public async Task<StoredHubProfile?> GetAsync(string hubId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<HubProfileRow>(new CommandDefinition(
            "SELECT profile AS Profile, version AS Version FROM hub_profile WHERE hub_id = @HubId",
            new { HubId = hubId },
            cancellationToken: cancellationToken));
        return row is not null && JsonSerializer.Deserialize<HubProfile>(row.Profile) is { } profile
            ? new StoredHubProfile(profile, row.Version)
            : null;
    }

    public async Task<bool> SaveAsync(HubProfile profile, long version, long expectedVersion, OutboxMessage announcement, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var parameters = new
        {
            HubId = profile.Id,
            Profile = JsonSerializer.Serialize(profile),
            Version = version,
            ExpectedVersion = expectedVersion,
            UpdatedAt = SqliteColumns.Instant(time.GetUtcNow()),
        };

        // Insert on first start; otherwise move the version only from the one this writer read.
        var saved = await connection.ExecuteAsync(new CommandDefinition(
            expectedVersion == 0
                ? "INSERT INTO hub_profile (hub_id, profile, version, updated_at) VALUES (@HubId, @Profile, @Version, @UpdatedAt) ON CONFLICT (hub_id) DO NOTHING"
                : "UPDATE hub_profile SET profile = @Profile, version = @Version, updated_at = @UpdatedAt WHERE hub_id = @HubId AND version = @ExpectedVersion",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        if (saved != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, announcement, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}

using Dapper;
using Hubs.Contracts.Events;
using Hubs.Exchange.KnownHubs;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>Membership decisions in SQLite: one version-gated upsert, so redelivered and reordered changes converge.</summary>
public sealed class SqliteHubMemberships(SqliteDatabase database) : IHubMemberships
{
    public async Task<bool> ApplyAsync(HubMembershipChanged change, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO hub_memberships (hub_id, suspended, version, last_event_id, changed_at)
            VALUES (@HubId, @Suspended, @Version, @EventId, @ChangedAt)
            ON CONFLICT (hub_id) DO UPDATE SET
                suspended = excluded.suspended, version = excluded.version,
                last_event_id = excluded.last_event_id, changed_at = excluded.changed_at
            WHERE excluded.version > hub_memberships.version
            """;
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            change.HubId,
            Suspended = change.Suspended ? 1 : 0,
            change.Version,
            EventId = StoredValues.Id(change.EventId),
            ChangedAt = StoredValues.Time(change.OccurredAt),
        }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM hub_memberships WHERE hub_id = @hubId AND suspended = 1)",
            new { hubId }, cancellationToken: cancellationToken)) == 1;
    }
}

using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Hubs;

/// <summary>Store port for the hub's own profile (one row per hub id).</summary>
public interface IHubProfileStore
{
    Task<StoredHubProfile?> GetAsync(string hubId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="profile"/> at <paramref name="version"/> and appends <paramref name="announcement"/> to the
    /// outbox, atomically, only if the stored version is still <paramref name="expectedVersion"/> (0: no row yet).
    /// Returns false when another writer got there first.
    /// </summary>
    Task<bool> SaveAsync(HubProfile profile, long version, long expectedVersion, OutboxMessage announcement, CancellationToken cancellationToken = default);
}

using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.Directory.Registry;

/// <summary>
/// Store port for the hub registry. Writes are version-gated upserts done atomically by the store: each returns true
/// when the event was applied and false when it was a duplicate or older than what is stored.
/// </summary>
public interface IHubRegistry
{
    /// <summary>Applies <paramref name="announcement"/> if its version is newer than the stored profile's.</summary>
    Task<bool> ApplyAnnouncementAsync(HubAnnounced announcement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a heartbeat seen at <paramref name="beatAt"/> if its version is newer than the last one stored. A hub
    /// not announced yet gets a placeholder (version 0) that the listing skips until the announcement arrives.
    /// </summary>
    Task<bool> ApplyHeartbeatAsync(HubHeartbeat heartbeat, DateTimeOffset beatAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Suspends or readmits a hub (a coordinator's decision, not an event): true when the hub is known. Kept apart from
    /// the announced profile, so no announcement can lift a suspension. A change of state adds one to
    /// <see cref="HubRecord.MembershipVersion"/>; asking for the state the hub is in changes nothing.
    /// </summary>
    Task<bool> SetSuspendedAsync(string hubId, bool suspended, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="SetSuspendedAsync(string, bool, CancellationToken)"/>, writing what <paramref name="tell"/> makes of
    /// the hub's state after the decision to the outbox, and <paramref name="note"/> (when given) to the hub's
    /// membership audit trail, in the same transaction; null (and nothing written) when the hub is not known.
    /// </summary>
    Task<HubRecord?> SetSuspendedAsync(
        string hubId, bool suspended, MembershipNote? note, Func<HubRecord, IReadOnlyList<OutboxMessage>> tell,
        CancellationToken cancellationToken = default);

    /// <summary>The hub's membership audit trail, newest first (empty when never decided or never heard of).</summary>
    Task<IReadOnlyList<MembershipAction>> MembershipHistoryAsync(string hubId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the hub is suspended now (false when never heard of). Asked for every event the directory receives, so
    /// a store may answer from memory as long as a suspension or admission is seen by the very next call.
    /// </summary>
    async Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default) =>
        (await GetAsync(hubId, cancellationToken))?.Suspended == true;

    /// <summary>One hub, placeholder or announced; null when never heard of.</summary>
    Task<HubRecord?> GetAsync(string hubId, CancellationToken cancellationToken = default);

    /// <summary>Every hub heard of, placeholders included, by id.</summary>
    Task<IReadOnlyList<HubRecord>> ListAsync(CancellationToken cancellationToken = default);
}

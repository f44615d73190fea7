using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Profile;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Snapshots;

/// <summary>
/// Republishes the hub's current state through the outbox, so a directory that missed events (or lost its store)
/// converges: the profile, every expert and every practice at their current versions (the directory and the exchange
/// ignore what they already have; practices published while the hub was suspended reach the exchange this way), then
/// <see cref="SnapshotCompleted"/> listing the active experts, from which the directory drops the ones the hub no longer has.
/// </summary>
public sealed class HubSnapshot(ISnapshotStore store, OutboxSignal outbox, IOptions<HubOptions> hub, TimeProvider time, ILogger<HubSnapshot> logger)
{
    public async Task<Snapshot> TakeAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var hubId = hub.Value.Id;

        // The clock is read inside the store's write transaction: every change stamped after it commits after the snapshot.
        var snapshot = await store.AppendAsync(hubId, state => Compose(hubId, state, requestId, time.GetUtcNow()), cancellationToken);
        outbox.Notify();
        logger.LogInformation("Hub {HubId} republished its state for snapshot request {RequestId}: {Events} events, {ActiveExperts} active experts",
            hubId, requestId, snapshot.Messages.Count, snapshot.Completed.ExpertIds.Count);
        return snapshot;
    }

    /// <summary>The events describing <paramref name="state"/>, each with a new event id and the version and time of the change it shows.</summary>
    public static Snapshot Compose(string hubId, HubState state, Guid requestId, DateTimeOffset takenAt)
    {
        var messages = new List<OutboxMessage>(state.Experts.Count + state.Practices.Count + 2);
        if (state.Profile is { } stored)
        {
            messages.Add(OutboxMessage.For(Announced(stored, state.ProfileUpdatedAt, takenAt)));
        }

        foreach (var expert in state.Experts)
        {
            messages.Add(ExpertEvents.Current(hubId, expert, Guid.CreateVersion7(takenAt)));
        }

        foreach (var practice in state.Practices)
        {
            messages.Add(PracticeEvents.Current(hubId, practice, Guid.CreateVersion7(takenAt)));
        }

        var completed = new SnapshotCompleted
        {
            HubId = hubId,
            EventId = Guid.CreateVersion7(takenAt),
            OccurredAt = takenAt,
            Version = takenAt.ToUnixTimeMilliseconds(),
            RequestId = requestId,
            ExpertIds = [.. state.Experts.Where(e => !e.IsRetired).Select(e => e.Id)],
        };
        messages.Add(OutboxMessage.For(completed));
        return new Snapshot(messages, completed);
    }

    private static HubAnnounced Announced(StoredHubProfile stored, DateTimeOffset updatedAt, DateTimeOffset takenAt) => new()
    {
        HubId = stored.Profile.Id,
        EventId = Guid.CreateVersion7(takenAt),
        OccurredAt = updatedAt,
        Version = stored.Version,
        Name = stored.Profile.Name,
        City = stored.Profile.City,
        ProvinceCode = stored.Profile.ProvinceCode,
        Latitude = stored.Profile.Latitude,
        Longitude = stored.Profile.Longitude,
        Specialties = stored.Profile.Specialties,
        Languages = stored.Profile.Languages,
        PublicUrl = stored.Profile.PublicUrl,
        ContactEmail = stored.Profile.ContactEmail,
        NodeUrl = stored.Profile.NodeUrl,
    };
}

using Hubs.Contracts.Events;
using Hubs.Directory.Messaging;
using MassTransit;

namespace Hubs.Directory.Resync;

/// <summary>
/// Ends a hub's snapshot: its experts the directory still lists but the hub no longer has are removed. The
/// republished events themselves go through the ordinary version-gated consumers, in any order relative to this one.
/// </summary>
public sealed class SnapshotCompletedConsumer(IResyncStore store, ProjectionMetrics metrics, ILogger<SnapshotCompletedConsumer> logger)
    : IConsumer<SnapshotCompleted>
{
    /// <summary>
    /// A hub stamps a change with its time just before taking its store's write lock, so a change stamped an instant
    /// before the snapshot can commit after it, be absent from it, and yet be older than it. Changes this close to the
    /// snapshot are kept; if stale, the next snapshot removes them.
    /// </summary>
    public static readonly TimeSpan CommitAllowance = TimeSpan.FromSeconds(1);

    public async Task Consume(ConsumeContext<SnapshotCompleted> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e) || e.RequestId == Guid.Empty || e.ExpertIds is null)
        {
            logger.LogWarning("Rejected a malformed SnapshotCompleted {EventId} from {HubId} at version {Version}", e.EventId, e.HubId, e.Version);
            metrics.Record(nameof(SnapshotCompleted), ProjectionOutcome.Rejected);
            return;
        }

        var removed = await store.RemoveAbsentExpertsAsync(e.HubId, e.ExpertIds, e.OccurredAt - CommitAllowance, context.CancellationToken);
        logger.LogInformation("Snapshot {RequestId} of {HubId}: {ActiveExperts} active experts at the hub, {Removed} absent ones removed",
            e.RequestId, e.HubId, e.ExpertIds.Count, removed);
        metrics.Record(nameof(SnapshotCompleted), removed > 0 ? ProjectionOutcome.Applied : ProjectionOutcome.Ignored);
    }
}

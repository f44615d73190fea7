using Hubs.Contracts.Events;
using Hubs.Directory.Registry;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class HubHeartbeatConsumer(
    IHubRegistry registry, TimeProvider clock, ProjectionMetrics metrics, ILogger<HubHeartbeatConsumer> logger)
    : IConsumer<HubHeartbeat>
{
    public async Task Consume(ConsumeContext<HubHeartbeat> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e))
        {
            logger.LogWarning("Rejected a malformed HubHeartbeat {EventId} from {HubId} at version {Version}", e.EventId, e.HubId, e.Version);
            metrics.Record(nameof(HubHeartbeat), ProjectionOutcome.Rejected);
            return;
        }

        // The hub's own time, so a beat that waited in the queue counts as old; never later than now, so a hub whose
        // clock runs ahead cannot look alive after it stops.
        var now = clock.GetUtcNow();
        var beatAt = e.OccurredAt < now ? e.OccurredAt : now;
        if (await registry.ApplyHeartbeatAsync(e, beatAt, context.CancellationToken))
        {
            metrics.Record(nameof(HubHeartbeat), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored HubHeartbeat {EventId} for {HubId} at version {Version}: duplicate or stale", e.EventId, e.HubId, e.Version);
        metrics.Record(nameof(HubHeartbeat), ProjectionOutcome.Ignored);
    }
}

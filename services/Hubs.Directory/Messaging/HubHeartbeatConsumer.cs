using Hubs.Contracts.Events;
using Hubs.Directory.Registry;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class HubHeartbeatConsumer(
    IHubRegistry registry, TimeProvider clock, ProjectionMetrics metrics, ILogger<HubHeartbeatConsumer> logger)
    : IConsumer<HubHeartbeat>
{
    public Task Consume(ConsumeContext<HubHeartbeat> context)
    {
        var e = context.Message;

        // The hub's own time, so a beat that waited in the queue counts as old; never later than now, so a hub whose
        // clock runs ahead cannot look alive after it stops.
        var now = clock.GetUtcNow();
        var beatAt = e.OccurredAt < now ? e.OccurredAt : now;
        return metrics.ProjectAsync(new(nameof(HubHeartbeat), e.EventId, e.HubId, "heartbeat", e.Version), EventChecks.IsWellFormed(e),
            () => registry.ApplyHeartbeatAsync(e, beatAt, context.CancellationToken), logger);
    }
}

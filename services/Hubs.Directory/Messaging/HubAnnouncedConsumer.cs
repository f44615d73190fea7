using Hubs.Contracts.Events;
using Hubs.Directory.Registry;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class HubAnnouncedConsumer(IHubRegistry registry, ProjectionMetrics metrics, ILogger<HubAnnouncedConsumer> logger)
    : IConsumer<HubAnnounced>
{
    public async Task Consume(ConsumeContext<HubAnnounced> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e))
        {
            logger.LogWarning("Rejected a malformed HubAnnounced {EventId} from {HubId} at version {Version}", e.EventId, e.HubId, e.Version);
            metrics.Record(nameof(HubAnnounced), ProjectionOutcome.Rejected);
            return;
        }

        if (await registry.ApplyAnnouncementAsync(e, context.CancellationToken))
        {
            metrics.Record(nameof(HubAnnounced), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored HubAnnounced {EventId} for {HubId} at version {Version}: duplicate or stale", e.EventId, e.HubId, e.Version);
        metrics.Record(nameof(HubAnnounced), ProjectionOutcome.Ignored);
    }
}

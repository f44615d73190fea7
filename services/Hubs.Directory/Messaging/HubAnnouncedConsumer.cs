using Hubs.Contracts.Events;
using Hubs.Directory.Registry;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class HubAnnouncedConsumer(IHubRegistry registry, ProjectionMetrics metrics, ILogger<HubAnnouncedConsumer> logger)
    : IConsumer<HubAnnounced>
{
    public Task Consume(ConsumeContext<HubAnnounced> context)
    {
        var e = context.Message;
        return metrics.ProjectAsync(new(nameof(HubAnnounced), e.EventId, e.HubId, "profile", e.Version), EventChecks.IsWellFormed(e),
            () => registry.ApplyAnnouncementAsync(e, context.CancellationToken), logger);
    }
}

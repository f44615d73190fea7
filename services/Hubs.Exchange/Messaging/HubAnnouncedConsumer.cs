using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Exchange.KnownHubs;
using MassTransit;

namespace Hubs.Exchange.Messaging;

public sealed class HubAnnouncedConsumer(IHubCatalog catalog, ILogger<HubAnnouncedConsumer> logger) : IConsumer<HubAnnounced>
{
    public async Task Consume(ConsumeContext<HubAnnounced> context)
    {
        var e = context.Message;
        // Retrying cannot make a malformed event well-formed: drop it and say so.
        if (!HubIds.IsWellFormed(e.HubId) || e.Version < 1 || e.EventId == Guid.Empty || string.IsNullOrWhiteSpace(e.Name))
        {
            logger.LogWarning("Rejected a malformed HubAnnounced {EventId} from {HubId} at version {Version}", e.EventId, e.HubId, e.Version);
            return;
        }

        if (!await catalog.ApplyAnnouncementAsync(e, context.CancellationToken))
        {
            logger.LogDebug("Ignored HubAnnounced {EventId} for {HubId} at version {Version}: duplicate or stale", e.EventId, e.HubId, e.Version);
        }
    }
}

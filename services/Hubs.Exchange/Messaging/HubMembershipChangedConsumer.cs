using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Exchange.KnownHubs;
using MassTransit;

namespace Hubs.Exchange.Messaging;

/// <summary>
/// Hides or shows a hub's practices as the network decided. Only the directory may publish this message: the
/// endpoint's admission filter refuses it from any other broker user.
/// </summary>
public sealed class HubMembershipChangedConsumer(IHubMemberships memberships, EventMetrics metrics, ILogger<HubMembershipChangedConsumer> logger)
    : IConsumer<HubMembershipChanged>
{
    public async Task Consume(ConsumeContext<HubMembershipChanged> context)
    {
        var e = context.Message;
        if (!HubIds.IsWellFormed(e.HubId) || e.Version < 0 || e.EventId == Guid.Empty)
        {
            logger.LogWarning("Rejected a malformed HubMembershipChanged {EventId} at version {Version}", e.EventId, e.Version);
            metrics.Record(nameof(HubMembershipChanged), "rejected");
            return;
        }

        if (await memberships.ApplyAsync(e, context.CancellationToken))
        {
            logger.LogInformation("Hub {HubId} is {Membership} (membership version {Version}): its practices are {Visibility}",
                e.HubId, e.Suspended ? "suspended" : "admitted", e.Version, e.Suspended ? "hidden" : "shown");
            metrics.Record(nameof(HubMembershipChanged), "applied");
            return;
        }

        logger.LogDebug("Ignored HubMembershipChanged {EventId} for {HubId} at version {Version}: duplicate or stale", e.EventId, e.HubId, e.Version);
        metrics.Record(nameof(HubMembershipChanged), "ignored");
    }
}

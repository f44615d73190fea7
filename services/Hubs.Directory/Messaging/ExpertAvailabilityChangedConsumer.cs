using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertAvailabilityChangedConsumer(
    IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertAvailabilityChangedConsumer> logger)
    : IConsumer<ExpertAvailabilityChanged>
{
    public async Task Consume(ConsumeContext<ExpertAvailabilityChanged> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e))
        {
            logger.LogWarning("Rejected a malformed ExpertAvailabilityChanged {EventId} from {HubId} for {ExpertId} at version {Version}",
                e.EventId, e.HubId, e.ExpertId, e.Version);
            metrics.Record(nameof(ExpertAvailabilityChanged), ProjectionOutcome.Rejected);
            return;
        }

        if (await experts.ApplyAvailabilityAsync(e, context.CancellationToken))
        {
            metrics.Record(nameof(ExpertAvailabilityChanged), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored ExpertAvailabilityChanged {EventId} for {HubId}/{ExpertId} at version {Version}: duplicate or stale",
            e.EventId, e.HubId, e.ExpertId, e.Version);
        metrics.Record(nameof(ExpertAvailabilityChanged), ProjectionOutcome.Ignored);
    }
}

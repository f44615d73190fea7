using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertPublishedConsumer(IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertPublishedConsumer> logger)
    : IConsumer<ExpertPublished>
{
    public async Task Consume(ConsumeContext<ExpertPublished> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e))
        {
            logger.LogWarning("Rejected a malformed ExpertPublished {EventId} from {HubId} for {ExpertId} at version {Version}",
                e.EventId, e.HubId, e.ExpertId, e.Version);
            metrics.Record(nameof(ExpertPublished), ProjectionOutcome.Rejected);
            return;
        }

        if (await experts.ApplyPublishedAsync(e, context.CancellationToken))
        {
            metrics.Record(nameof(ExpertPublished), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored ExpertPublished {EventId} for {HubId}/{ExpertId} at version {Version}: duplicate or stale",
            e.EventId, e.HubId, e.ExpertId, e.Version);
        metrics.Record(nameof(ExpertPublished), ProjectionOutcome.Ignored);
    }
}

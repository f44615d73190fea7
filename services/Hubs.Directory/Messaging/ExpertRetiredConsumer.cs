using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertRetiredConsumer(IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertRetiredConsumer> logger)
    : IConsumer<ExpertRetired>
{
    public async Task Consume(ConsumeContext<ExpertRetired> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e))
        {
            logger.LogWarning("Rejected a malformed ExpertRetired {EventId} from {HubId} for {ExpertId} at version {Version}",
                e.EventId, e.HubId, e.ExpertId, e.Version);
            metrics.Record(nameof(ExpertRetired), ProjectionOutcome.Rejected);
            return;
        }

        if (await experts.ApplyRetiredAsync(e, context.CancellationToken))
        {
            metrics.Record(nameof(ExpertRetired), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored ExpertRetired {EventId} for {HubId}/{ExpertId} at version {Version}: duplicate or stale",
            e.EventId, e.HubId, e.ExpertId, e.Version);
        metrics.Record(nameof(ExpertRetired), ProjectionOutcome.Ignored);
    }
}

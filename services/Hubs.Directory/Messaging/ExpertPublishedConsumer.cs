using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertPublishedConsumer(IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertPublishedConsumer> logger)
    : IConsumer<ExpertPublished>
{
    public Task Consume(ConsumeContext<ExpertPublished> context)
    {
        var e = context.Message;
        return metrics.ProjectAsync(new(nameof(ExpertPublished), e.EventId, e.HubId, e.ExpertId, e.Version), EventChecks.IsWellFormed(e),
            () => experts.ApplyPublishedAsync(e, context.CancellationToken), logger);
    }
}

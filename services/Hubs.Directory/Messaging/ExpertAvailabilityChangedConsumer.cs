using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertAvailabilityChangedConsumer(
    IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertAvailabilityChangedConsumer> logger)
    : IConsumer<ExpertAvailabilityChanged>
{
    public Task Consume(ConsumeContext<ExpertAvailabilityChanged> context)
    {
        var e = context.Message;
        return metrics.ProjectAsync(new(nameof(ExpertAvailabilityChanged), e.EventId, e.HubId, e.ExpertId, e.Version), EventChecks.IsWellFormed(e),
            () => experts.ApplyAvailabilityAsync(e, context.CancellationToken), logger);
    }
}

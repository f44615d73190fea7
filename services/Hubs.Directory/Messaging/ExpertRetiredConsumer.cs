using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using MassTransit;

namespace Hubs.Directory.Messaging;

public sealed class ExpertRetiredConsumer(IExpertDirectory experts, ProjectionMetrics metrics, ILogger<ExpertRetiredConsumer> logger)
    : IConsumer<ExpertRetired>
{
    public Task Consume(ConsumeContext<ExpertRetired> context)
    {
        var e = context.Message;
        return metrics.ProjectAsync(new(nameof(ExpertRetired), e.EventId, e.HubId, e.ExpertId, e.Version), EventChecks.IsWellFormed(e),
            () => experts.ApplyRetiredAsync(e, context.CancellationToken), logger);
    }
}

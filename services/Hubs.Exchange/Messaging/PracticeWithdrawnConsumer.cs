using Hubs.Contracts.Events;
using Hubs.Exchange.Practices;
using MassTransit;

namespace Hubs.Exchange.Messaging;

public sealed class PracticeWithdrawnConsumer(IPracticeStore practices, ILogger<PracticeWithdrawnConsumer> logger) : IConsumer<PracticeWithdrawn>
{
    public async Task Consume(ConsumeContext<PracticeWithdrawn> context)
    {
        var e = context.Message;
        if (PracticeEventChecks.Problem(e) is { } problem)
        {
            logger.LogWarning("Rejected a malformed PracticeWithdrawn {EventId} from {HubId} for {PracticeId} at version {Version}: {Problem}",
                e.EventId, e.HubId, e.PracticeId, e.Version, problem);
            return;
        }

        if (!await practices.ApplyWithdrawnAsync(e, context.CancellationToken))
        {
            logger.LogDebug("Ignored PracticeWithdrawn {EventId} for {HubId}/{PracticeId} at version {Version}: duplicate or stale",
                e.EventId, e.HubId, e.PracticeId, e.Version);
        }
    }
}

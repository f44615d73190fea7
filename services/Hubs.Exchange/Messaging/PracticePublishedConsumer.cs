using Hubs.Contracts.Events;
using Hubs.Exchange.Practices;
using MassTransit;

namespace Hubs.Exchange.Messaging;

public sealed class PracticePublishedConsumer(IPracticeStore practices, ILogger<PracticePublishedConsumer> logger) : IConsumer<PracticePublished>
{
    public async Task Consume(ConsumeContext<PracticePublished> context)
    {
        var e = context.Message;
        if (PracticeEventChecks.Problem(e) is { } problem)
        {
            logger.LogWarning("Rejected a malformed PracticePublished {EventId} from {HubId} for {PracticeId} at version {Version}: {Problem}",
                e.EventId, e.HubId, e.PracticeId, e.Version, problem);
            return;
        }

        // Rendered once here, not on every read: a pathological body costs its time once.
        if (!await practices.ApplyPublishedAsync(e, PracticeRendering.For(e), context.CancellationToken))
        {
            logger.LogDebug("Kept PracticePublished {EventId} for {HubId}/{PracticeId} at version {Version} as history only: duplicate or older",
                e.EventId, e.HubId, e.PracticeId, e.Version);
        }
    }
}

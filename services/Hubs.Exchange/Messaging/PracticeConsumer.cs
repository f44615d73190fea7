using Hubs.Contracts.Events;
using Hubs.Exchange.Practices;
using MassTransit;

namespace Hubs.Exchange.Messaging;

/// <summary>Applies a hub's practice events: a malformed one is logged and dropped (retrying cannot mend it), a duplicate or older one kept as history at most.</summary>
public sealed class PracticeConsumer(IPracticeStore practices, ILogger<PracticeConsumer> logger)
    : IConsumer<PracticePublished>, IConsumer<PracticeWithdrawn>
{
    // Rendered once here, not on every read: a pathological body costs its time once.
    public Task Consume(ConsumeContext<PracticePublished> context) =>
        ApplyAsync(nameof(PracticePublished), context.Message, context.Message.PracticeId, PracticeEventChecks.Problem(context.Message),
            () => practices.ApplyPublishedAsync(context.Message, PracticeRendering.For(context.Message), context.CancellationToken),
            "kept as history only: duplicate or older");

    public Task Consume(ConsumeContext<PracticeWithdrawn> context) =>
        ApplyAsync(nameof(PracticeWithdrawn), context.Message, context.Message.PracticeId, PracticeEventChecks.Problem(context.Message),
            () => practices.ApplyWithdrawnAsync(context.Message, context.CancellationToken),
            "ignored: duplicate or stale");

    private async Task ApplyAsync(string eventType, IVersionedEvent e, Guid practiceId, string? problem, Func<Task<bool>> apply, string notApplied)
    {
        if (problem is not null)
        {
            logger.LogWarning("Rejected a malformed {EventType} {EventId} from {HubId} for {PracticeId} at version {Version}: {Problem}",
                eventType, e.EventId, e.HubId, practiceId, e.Version, problem);
            return;
        }

        if (!await apply())
        {
            logger.LogDebug("{EventType} {EventId} for {HubId}/{PracticeId} at version {Version} {NotApplied}",
                eventType, e.EventId, e.HubId, practiceId, e.Version, notApplied);
        }
    }
}

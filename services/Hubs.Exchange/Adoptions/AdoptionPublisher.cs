using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.Exchange.Adoptions;

/// <summary>
/// Puts stored adoptions on the broker as <see cref="PracticeAdopted"/> (MessageId = EventId) and marks each published
/// only after the publish returned (publisher confirms: the broker has it). A crash in between publishes it again with
/// the same EventId; the directory counts an adoption once, by its id.
/// </summary>
public sealed class AdoptionPublisher(IAdoptionStore adoptions, IBus bus, ILogger<AdoptionPublisher> logger)
{
    private const int BatchSize = 100;

    // A request must not hang on a broker outage: after this the background pass takes over.
    private static readonly TimeSpan InlineTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Publishes every unpublished adoption; throws at the first that cannot be published, leaving it for the next pass.</summary>
    public async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<UnpublishedAdoption> batch;
        do
        {
            batch = await adoptions.ListUnpublishedAsync(BatchSize, cancellationToken);
            foreach (var adoption in batch)
            {
                IPublishEndpoint publisher = bus;
                await publisher.Publish(ToEvent(adoption), context => context.MessageId = adoption.EventId, cancellationToken);
                await adoptions.MarkPublishedAsync(adoption.AdoptionId, cancellationToken);
            }
        }
        while (batch.Count == BatchSize);
    }

    /// <summary>Right after an adoption: publish now if the broker answers quickly, else leave it to <see cref="AdoptionPublishing"/>.</summary>
    public async Task TryPublishPendingAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(InlineTimeout);
        try
        {
            await PublishPendingAsync(timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not publish adoptions now; the background pass will retry");
        }
    }

    private static PracticeAdopted ToEvent(UnpublishedAdoption adoption) => new()
    {
        HubId = adoption.AdoptingHubId,
        EventId = adoption.EventId,
        OccurredAt = adoption.AdoptedAt,
        Version = 1,
        AdoptionId = adoption.AdoptionId,
        PracticeHubId = adoption.PracticeHubId,
        PracticeId = adoption.PracticeId,
        Topics = adoption.Topics,
    };
}

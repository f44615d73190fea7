using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Directory.Statistics;
using MassTransit;

namespace Hubs.Directory.Messaging;

/// <summary>
/// Projects adoptions (published by the exchange, the authority on them) into anonymous facts for the statistics;
/// idempotent by adoption id.
/// </summary>
public sealed class PracticeAdoptedConsumer(IPracticeAdoptions adoptions, ProjectionMetrics metrics, ILogger<PracticeAdoptedConsumer> logger)
    : IConsumer<PracticeAdopted>
{
    public async Task Consume(ConsumeContext<PracticeAdopted> context)
    {
        var e = context.Message;
        if (!EventChecks.IsWellFormed(e) || e.AdoptionId == Guid.Empty || e.PracticeId == Guid.Empty
            || !HubIds.IsWellFormed(e.PracticeHubId) || e.Topics is null)
        {
            logger.LogWarning("Rejected a malformed PracticeAdopted {EventId} by {HubId}", e.EventId, HubIds.IsWellFormed(e.HubId) ? e.HubId : "(malformed)");
            metrics.Record(nameof(PracticeAdopted), ProjectionOutcome.Rejected);
            return;
        }

        var fact = new PracticeAdoptionFact(e.AdoptionId, e.PracticeHubId, e.PracticeId, e.HubId, e.Topics, NetworkCalendar.DateOf(e.OccurredAt));
        if (await adoptions.RecordAsync(fact, context.CancellationToken))
        {
            metrics.Record(nameof(PracticeAdopted), ProjectionOutcome.Applied);
            return;
        }

        logger.LogDebug("Ignored PracticeAdopted {EventId} for adoption {AdoptionId}: duplicate", e.EventId, e.AdoptionId);
        metrics.Record(nameof(PracticeAdopted), ProjectionOutcome.Ignored);
    }
}

using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Sets experts' availability: every change bumps the version and, in the same store write, puts the expert's new
/// <see cref="AvailabilitySummary"/> in the outbox as <c>ExpertAvailabilityChanged</c>.
/// </summary>
public sealed class AvailabilitySchedule(
    IAvailabilityStore store,
    IExpertStore experts,
    AvailabilitySummaryPublisher summaries,
    OutboxSignal outbox,
    IOptions<HubOptions> hub,
    IClock clock,
    ILogger<AvailabilitySchedule> logger)
{
    // A lost race re-reads and tries again; more than a few losses in a row means a hot loop somewhere, not bad luck.
    private const int Attempts = 3;

    /// <summary>The availability of an active expert; null if the expert is unknown or retired, or has none.</summary>
    public async Task<ExpertAvailability?> GetAsync(Guid expertId, CancellationToken cancellationToken = default)
    {
        if (await experts.GetAsync(expertId, cancellationToken) is not { IsRetired: false })
        {
            return null;
        }

        return await store.GetAsync(expertId, cancellationToken);
    }

    public async Task<AvailabilityChange> SetAsync(Guid expertId, AvailabilityRules rules, long? ifMatch, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await experts.GetAsync(expertId, cancellationToken) is not { IsRetired: false })
            {
                return new AvailabilityChange(ExpertChangeOutcome.NotFound);
            }

            var current = await store.GetAsync(expertId, cancellationToken);
            if (ifMatch is { } expected && expected != current?.Version)
            {
                return new AvailabilityChange(ExpertChangeOutcome.Stale, current);
            }

            if (current is not null && current.Rules.SameAs(rules))
            {
                return new AvailabilityChange(ExpertChangeOutcome.Unchanged, current);
            }

            var now = clock.GetCurrentInstant();
            var summary = await summaries.SummarizeAsync(expertId, rules, now, cancellationToken);
            var next = new ExpertAvailability
            {
                ExpertId = expertId,
                Rules = rules,
                Version = (current?.Version ?? 0) + 1,
                UpdatedAt = now,
                Summary = summary,
                SummaryVersion = (current?.SummaryVersion ?? 0) + 1,
            };
            var write = new AvailabilityWrite(next, summaries.EventFor(expertId, summary, next.SummaryVersion, now));
            if (await store.SaveAsync(write, current?.Version ?? 0, current?.SummaryVersion ?? 0, cancellationToken))
            {
                outbox.Notify();
                logger.LogInformation("Availability of expert {ExpertId} at hub {HubId} is now version {Version}", expertId, hub.Value.Id, next.Version);
                return new AvailabilityChange(ExpertChangeOutcome.Changed, next);
            }
        }

        return new AvailabilityChange(ExpertChangeOutcome.Conflict);
    }
}

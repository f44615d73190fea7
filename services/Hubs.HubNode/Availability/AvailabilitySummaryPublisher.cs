using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Slots;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Works out an expert's <see cref="AvailabilitySummary"/> and publishes it (through the outbox) when it differs from the
/// last one published. The booking work calls <see cref="RefreshAsync"/> after a booking, cancellation or reschedule;
/// <see cref="AvailabilitySummaryRefresh"/> calls it periodically because time passing changes the summary too.
/// </summary>
public sealed class AvailabilitySummaryPublisher(
    IAvailabilityStore store,
    IExpertStore experts,
    IExpertBusyTimes busyTimes,
    OutboxSignal outbox,
    IOptions<HubOptions> hub,
    IClock clock,
    ILogger<AvailabilitySummaryPublisher> logger)
{
    private const int Attempts = 3;

    /// <summary>The summary of <paramref name="rules"/> for <paramref name="expertId"/> as of <paramref name="now"/>, bookings included.</summary>
    public async Task<AvailabilitySummary> SummarizeAsync(Guid expertId, AvailabilityRules rules, Instant now, CancellationToken cancellationToken = default)
    {
        var calendar = new SlotCalendar(rules);

        // Both the next free slot (up to the horizon) and the 14-day counts come out of one pass per kind.
        var span = rules.Horizon > AvailabilitySummary.CountedSpan ? rules.Horizon : AvailabilitySummary.CountedSpan;
        var window = new Interval(now, now + span);
        var busy = await busyTimes.ListAsync([expertId], SlotListing.Widen(window), cancellationToken);
        var intervals = busy.Where(b => b.ExpertId == expertId).Select(b => b.Interval).ToList();
        var countedUntil = now + AvailabilitySummary.CountedSpan;

        var brainstorming = calendar.FreeSlots(ConsultationKind.Brainstorming, window, now, intervals);
        var followup = calendar.FreeSlots(ConsultationKind.Followup, window, now, intervals);
        return new AvailabilitySummary(
            brainstorming.Count > 0 ? brainstorming[0].Start : null,
            followup.Count > 0 ? followup[0].Start : null,
            brainstorming.Count(s => s.Start < countedUntil),
            followup.Count(s => s.Start < countedUntil));
    }

    /// <summary>The outbox message announcing <paramref name="summary"/> as the expert's summary number <paramref name="version"/>.</summary>
    public OutboxMessage EventFor(Guid expertId, AvailabilitySummary summary, long version, Instant at)
    {
        var occurredAt = at.ToDateTimeOffset();
        return OutboxMessage.For(new ExpertAvailabilityChanged
        {
            HubId = hub.Value.Id,
            EventId = Guid.CreateVersion7(occurredAt),
            OccurredAt = occurredAt,
            Version = version,
            ExpertId = expertId,
            NextFreeBrainstorming = summary.NextFreeBrainstorming?.ToDateTimeOffset(),
            NextFreeFollowup = summary.NextFreeFollowup?.ToDateTimeOffset(),
            FreeBrainstormingSlotsNext14Days = summary.FreeBrainstormingSlots,
            FreeFollowupSlotsNext14Days = summary.FreeFollowupSlots,
        });
    }

    /// <summary>
    /// Recomputes the expert's summary now and, when it differs from the last one published, stores it with its event.
    /// Returns whether a summary was published. An expert without availability, or retired, has nothing to publish.
    /// </summary>
    public async Task<bool> RefreshAsync(Guid expertId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(expertId, cancellationToken);
            if (current is null || await experts.GetAsync(expertId, cancellationToken) is not { IsRetired: false })
            {
                return false;
            }

            var now = clock.GetCurrentInstant();
            var summary = await SummarizeAsync(expertId, current.Rules, now, cancellationToken);
            if (summary == current.Summary)
            {
                return false;
            }

            var version = current.SummaryVersion + 1;
            if (await store.SaveSummaryAsync(expertId, summary, version, current.SummaryVersion, EventFor(expertId, summary, version, now), cancellationToken))
            {
                outbox.Notify();
                logger.LogDebug("Availability summary {Version} of expert {ExpertId} at hub {HubId} published", version, expertId, hub.Value.Id);
                return true;
            }
        }

        // Other writers kept publishing summaries of this expert: one of theirs is as recent as this one would have been.
        return false;
    }

    /// <summary>Refreshes every active expert that has availability; returns how many summaries were published.</summary>
    public async Task<int> RefreshAllAsync(CancellationToken cancellationToken = default)
    {
        var active = (await experts.ListActiveAsync(cancellationToken)).Select(e => e.Id).ToHashSet();
        var published = 0;
        foreach (var availability in await store.ListAsync(cancellationToken))
        {
            if (active.Contains(availability.ExpertId) && await RefreshAsync(availability.ExpertId, cancellationToken))
            {
                published++;
            }
        }

        return published;
    }
}

using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Extensions;
using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>The hub's free slots across its active experts: their availability, minus what <see cref="IExpertBusyTimes"/> says is taken.</summary>
public sealed class SlotListing(IExpertStore experts, IAvailabilityStore availabilities, IExpertBusyTimes busyTimes, TimeProvider clock)
{
    /// <summary>
    /// Busy intervals matter a little beyond the window (a meeting just before it, plus the buffer, can still block a
    /// slot inside); a day each side covers the longest buffer and meeting.
    /// </summary>
    public static Interval Widen(Interval window) => new(window.Start - Duration.FromDays(1), window.End + Duration.FromDays(1));

    /// <summary>Free slots ordered by start, then expert name and id; null when <see cref="SlotQuery.ExpertId"/> is not an active expert.</summary>
    public async Task<IReadOnlyList<FreeSlot>?> ListAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        var active = await experts.ListActiveAsync(cancellationToken);
        if (query.ExpertId is { } only && !active.Any(e => e.Id == only))
        {
            return null;
        }

        var chosen = active
            .Where(e => query.ExpertId is not { } id || e.Id == id)
            .Where(e => query.Topic is not { } topic || e.Profile.Competencies.Contains(topic, StringComparer.Ordinal))
            .ToDictionary(e => e.Id);
        var rules = (await availabilities.ListAsync(cancellationToken)).Where(a => chosen.ContainsKey(a.ExpertId)).ToList();
        if (rules.Count == 0 || query.Window.Duration == Duration.Zero)
        {
            return [];
        }

        var busy = (await busyTimes.ListAsync([.. rules.Select(a => a.ExpertId)], Widen(query.Window), cancellationToken))
            .ToLookup(b => b.ExpertId, b => b.Interval);
        var now = clock.GetCurrentInstant();
        return
        [
            .. rules
                .SelectMany(a => new SlotCalendar(a.Rules)
                    .FreeSlots(query.Kind, query.Window, now, busy[a.ExpertId])
                    .Select(slot => new FreeSlot(a.ExpertId, chosen[a.ExpertId].Profile.Name, query.Kind, slot)))
                .OrderBy(s => s.Interval.Start)
                .ThenBy(s => s.ExpertName, StringComparer.Ordinal)
                .ThenBy(s => s.ExpertId),
        ];
    }
}

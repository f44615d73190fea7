using Hubs.HubNode.Availability;
using NodaTime;
using NodaTime.TimeZones;

namespace Hubs.HubNode.Slots;

/// <summary>
/// The free slots one set of <see cref="AvailabilityRules"/> offers. Pure: now, the window and the busy intervals are
/// passed in, so bookings can ask the same question ("is this start offered?") that the listing answers.
/// <para>
/// How wall-clock hours become instants (the daylight-saving rule): each local date's open hours are worked out in
/// local time (weekly rules of its weekday, minus exceptions covering it, plus its extra openings, merged), then every
/// boundary is mapped with <see cref="Boundary"/>: to the first instant at which the clock on that date reads that time
/// or later. So a time skipped by spring-forward maps to the end of the gap (an opening 01:00–04:00 on the last Sunday
/// of March lasts two real hours and no slot starts at 02:xx), and a repeated time maps to its first occurrence (the same
/// opening on the last Sunday of October lasts four real hours, the repeated hour offered once at each offset). The
/// mapping never goes backwards, so adjacent local ranges stay adjacent and disjoint ones disjoint: no instant is
/// offered twice and none inside an opening is skipped.
/// </para>
/// <para>
/// Slots are then laid on the instant timeline: from the start of each opening, every <see cref="AvailabilityRules.Step"/>
/// of elapsed time, as long as the meeting ends within the opening. Slots never span two openings or two local dates.
/// A slot is free when it starts at least the minimum notice after now and before the horizon, and does not overlap a
/// busy interval widened by the buffer on both sides.
/// </para>
/// </summary>
public sealed class SlotCalendar(AvailabilityRules rules)
{
    /// <summary>Ambiguous (repeated) local times → the earlier instant; skipped local times → the first instant after the gap.</summary>
    public static readonly ZoneLocalMappingResolver Boundary =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly DateTimeZone _zone = rules.Zone;

    public AvailabilityRules Rules => rules;

    /// <summary>The local hours open on <paramref name="date"/>, sorted and merged.</summary>
    public IReadOnlyList<LocalTimeRange> OpenHours(LocalDate date)
    {
        var open = rules.Weekly.Where(w => w.Day == date.DayOfWeek).Select(w => w.Hours).ToList();
        foreach (var exception in rules.Exceptions.Where(e => e.Covers(date)))
        {
            open = exception.Hours is { } off ? [.. open.SelectMany(r => r.Without(off))] : [];
        }

        // Extra openings come last: they are the more specific statement ("off all week except this morning").
        open.AddRange(rules.ExtraOpenings.Where(x => x.Date == date).Select(x => x.Hours));
        return Merge(open);
    }

    /// <summary>The open intervals of <paramref name="date"/> on the instant timeline, in order; empty ones (wholly inside a gap) left out.</summary>
    public IEnumerable<Interval> Openings(LocalDate date)
    {
        foreach (var hours in OpenHours(date))
        {
            var start = _zone.ResolveLocal(hours.StartOn(date), Boundary).ToInstant();
            var end = _zone.ResolveLocal(hours.EndOn(date), Boundary).ToInstant();
            if (end > start)
            {
                yield return new Interval(start, end);
            }
        }
    }

    /// <summary>
    /// Free slots of <paramref name="kind"/> starting within <paramref name="window"/>, in start order.
    /// <paramref name="busy"/> are this expert's busy intervals (any order, buffers not included).
    /// </summary>
    public IReadOnlyList<Interval> FreeSlots(ConsultationKind kind, Interval window, Instant now, IEnumerable<Interval> busy)
    {
        var earliest = Max(window.Start, now + rules.MinimumNotice);
        var latest = Min(window.End, now + rules.Horizon);
        if (earliest >= latest)
        {
            return [];
        }

        var length = kind.Length();
        var step = rules.Step;
        var blocked = Blocked(busy);
        var next = 0;
        var slots = new List<Interval>();

        // An opening on a date lies between that date's local midnight and the next, so these dates hold every candidate.
        var lastDate = (latest - Duration.Epsilon).InZone(_zone).Date;
        for (var date = earliest.InZone(_zone).Date; date <= lastDate; date = date.PlusDays(1))
        {
            foreach (var opening in Openings(date))
            {
                for (var start = opening.Start; start + length <= opening.End && start < latest; start += step)
                {
                    if (start < earliest)
                    {
                        continue;
                    }

                    var slot = new Interval(start, start + length);

                    // Candidates come in start order and the blocked list is sorted and disjoint: one forward pass.
                    while (next < blocked.Count && blocked[next].End <= slot.Start)
                    {
                        next++;
                    }

                    if (next == blocked.Count || blocked[next].Start >= slot.End)
                    {
                        slots.Add(slot);
                    }
                }
            }
        }

        return slots;
    }

    /// <summary>Whether a slot of <paramref name="kind"/> starting exactly at <paramref name="start"/> is free.</summary>
    public bool Offers(ConsultationKind kind, Instant start, Instant now, IEnumerable<Interval> busy) =>
        FreeSlots(kind, new Interval(start, start + Duration.Epsilon), now, busy) is [var only] && only.Start == start;

    private List<Interval> Blocked(IEnumerable<Interval> busy)
    {
        var buffer = rules.Buffer;
        var merged = new List<Interval>();
        foreach (var interval in busy.Select(b => new Interval(b.Start - buffer, b.End + buffer)).OrderBy(b => b.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static List<LocalTimeRange> Merge(List<LocalTimeRange> ranges)
    {
        var merged = new List<LocalTimeRange>();
        foreach (var range in ranges.OrderBy(r => r.StartMinute))
        {
            if (merged.Count > 0 && range.StartMinute <= merged[^1].EndMinute)
            {
                merged[^1] = new LocalTimeRange(merged[^1].StartMinute, Math.Max(merged[^1].EndMinute, range.EndMinute));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}

using Hubs.Portal.Gateway;
using NodaTime;

namespace Hubs.Portal.Components.Businesses;

/// <summary>
/// The free slots of one week, as the booking, reschedule and follow-up pickers show them. A picker opened without a
/// chosen week lands on the first week that has a free slot (at most <see cref="MaxWeeksAhead"/> ahead) rather than an
/// empty one: this week is often full, or inside the hub's notice.
/// </summary>
public sealed record WeekOfSlots(SlotWeek Week, IReadOnlyList<FreeSlot> Slots)
{
    public const int MaxWeeksAhead = 8;

    public static async Task<WeekOfSlots> LoadAsync(
        HubClient hub, string hubId, string kind, Guid? expert, SlotWeek week, Instant now, bool skipEmptyWeeks, CancellationToken cancellationToken)
    {
        for (var tries = 0; ; tries++)
        {
            var result = await hub.SlotsAsync(hubId, kind, expert, week.From(now), week.To, cancellationToken);
            var slots = result.Value ?? [];
            if (!skipEmptyWeeks || slots.Count > 0 || tries >= MaxWeeksAhead)
            {
                return new WeekOfSlots(week, slots);
            }

            week = SlotWeek.Read(week.Text, "next", week.Zone, now);
        }
    }
}

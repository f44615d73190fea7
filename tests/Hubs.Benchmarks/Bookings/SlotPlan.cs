using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.Benchmarks.Bookings;

/// <summary>
/// Slots the clients book, taken from the hub's own listing: per expert, starts that do not overlap each other
/// (a 45' meeting every 45'), so no two bookings compete and every refusal would be the hub's fault.
/// </summary>
internal sealed class SlotPlan
{
    private readonly ConcurrentQueue<(Guid ExpertId, string Start)> _slots;

    private SlotPlan(IEnumerable<(Guid, string)> slots) => _slots = new(slots);

    public int Remaining => _slots.Count;

    public bool TryTake(out (Guid ExpertId, string Start) slot) => _slots.TryDequeue(out slot);

    public static async Task<SlotPlan> LoadAsync(HttpClient hub, string hubId, IReadOnlyList<Guid> experts, int days, CancellationToken cancellationToken)
    {
        var (from, to) = Window(days);
        var planned = new List<(Guid ExpertId, DateTimeOffset Start, string Text)>();
        foreach (var expert in experts)
        {
            var slots = await hub.GetFromJsonAsync<JsonArray>($"/api/hubs/{hubId}/slots?expert={expert}&from={from}&to={to}", cancellationToken);
            var freeFrom = DateTimeOffset.MinValue;
            foreach (var slot in slots!)
            {
                var start = DateTimeOffset.Parse(slot!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                if (start >= freeFrom)
                {
                    planned.Add((expert, start, slot["start"]!.GetValue<string>()));
                    freeFrom = DateTimeOffset.Parse(slot["end"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                }
            }
        }

        // Soonest first, experts side by side: the clients book at the same times with different experts, as a busy morning would.
        return new SlotPlan(planned.OrderBy(s => s.Start).ThenBy(s => s.ExpertId).Select(s => (s.ExpertId, s.Text)));
    }

    /// <summary>from = today, to = the last of <paramref name="days"/> days (a date as "to" includes that day), in the hub's zone.</summary>
    public static (string From, string To) Window(int days)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return (today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.ReliabilityTests.Support;

namespace Hubs.ReliabilityTests.HubCrash;

/// <summary>
/// Businesses racing for the same time of one expert: two for a start T and one each for T+15' and T+30', all of them
/// 45-minute meetings that overlap, so at most one may win.
/// </summary>
internal sealed record SlotRace(Guid ExpertId, IReadOnlyList<string> Starts)
{
    /// <summary>Races far enough apart (two hours) that no two of them compete with each other.</summary>
    public static async Task<List<SlotRace>> PlanAsync(HttpClient gateway, string hubId, Guid expertId, int count)
    {
        var free = await BookableExpert.FreeStartsAsync(gateway, hubId, expertId);
        var byStart = free.ToDictionary(s => s.Start, s => s.Text);
        var races = new List<SlotRace>();
        var nextFree = DateTimeOffset.MinValue;
        foreach (var (start, text) in free)
        {
            if (races.Count == count)
            {
                break;
            }

            if (start >= nextFree && byStart.TryGetValue(start.AddMinutes(15), out var quarter) && byStart.TryGetValue(start.AddMinutes(30), out var half))
            {
                races.Add(new SlotRace(expertId, [text, text, quarter, half]));
                nextFree = start.AddHours(2);
            }
        }

        return races;
    }

    /// <summary>Sends every contender at once; returns each answer's status and, for a 201, the booking id.</summary>
    public async Task<(HttpStatusCode Status, Guid? BookingId)[]> RunAsync(HttpClient gateway, string hubId) =>
        await Task.WhenAll(Starts.Select(async start =>
        {
            try
            {
                using var response = await gateway.PostAsJsonAsync($"/api/hubs/{hubId}/bookings", BookableExpert.Booking(ExpertId, start));
                Guid? id = response.StatusCode == HttpStatusCode.Created
                    ? Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>())
                    : null;
                return (response.StatusCode, id);
            }
            catch (HttpRequestException)
            {
                return ((HttpStatusCode)0, (Guid?)null);
            }
        }));
}

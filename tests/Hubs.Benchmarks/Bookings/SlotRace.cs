using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hubs.Benchmarks.Measurement;

namespace Hubs.Benchmarks.Bookings;

/// <summary>
/// Contention: in each round all clients ask at once for the same few slots (client c for slot c mod K), each as a
/// different business. Exactly one booking per slot must win (201); the others must be refused (409), never fail.
/// </summary>
internal static class SlotRace
{
    public sealed record Result(Latencies Latencies, TimeSpan Elapsed, int Rounds, int Won, int Refused, int Other, bool OneWinnerPerSlot);

    public static async Task<Result> RunAsync(
        HttpClient http, string hubId, SlotPlan plan, int clients, int slotsPerRound, int rounds, CancellationToken cancellationToken)
    {
        var latencies = new Latencies();
        var (won, refused, other, played) = (0, 0, 0, 0);
        var oneWinnerPerSlot = true;
        var elapsed = TimeSpan.Zero;
        for (var round = 0; round < rounds; round++)
        {
            var slots = new List<(Guid ExpertId, string Start)>();
            while (slots.Count < slotsPerRound && plan.TryTake(out var slot))
            {
                slots.Add(slot);
            }

            if (slots.Count < slotsPerRound)
            {
                break;
            }

            var clock = Stopwatch.StartNew();
            var answers = await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
            {
                var slot = slots[client % slots.Count];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync($"/api/hubs/{hubId}/bookings",
                    BookingRequests.Booking(slot.ExpertId, slot.Start, $"race-{round}-{client}"), cancellationToken);
                return (Slot: client % slots.Count, response.StatusCode, Milliseconds: Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }));
            elapsed += clock.Elapsed;
            played++;
            foreach (var answer in answers)
            {
                latencies.Add(answer.Milliseconds);
            }

            won += answers.Count(a => a.StatusCode == HttpStatusCode.Created);
            refused += answers.Count(a => a.StatusCode == HttpStatusCode.Conflict);
            other += answers.Count(a => a.StatusCode is not HttpStatusCode.Created and not HttpStatusCode.Conflict);
            oneWinnerPerSlot &= Enumerable.Range(0, slots.Count).All(s => answers.Count(a => a.Slot == s && a.StatusCode == HttpStatusCode.Created) == 1);
        }

        return new Result(latencies, elapsed, played, won, refused, other, oneWinnerPerSlot && played > 0);
    }
}

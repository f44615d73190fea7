using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.Support;

/// <summary>
/// A steady booking load at one hub through the gateway: one business after another at a fixed pace, each taking the
/// next of the expert's disjoint starts, so every refusal would be the platform's fault and not a lost race.
/// </summary>
internal sealed class SteadyBookings(HttpClient gateway, string hubId, Guid expertId, Queue<string> starts, TimeSpan pace)
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, Guid? BookingId)> _answers = new();

    public string HubId { get; } = hubId;

    public int Sent => _answers.Count;

    public IReadOnlyList<Guid> Acknowledged => [.. _answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.BookingId!.Value)];

    /// <summary>Answers other than 201, by status: transport failures count as 0.</summary>
    public IReadOnlyDictionary<int, int> Refused =>
        _answers.Where(a => a.Status != HttpStatusCode.Created).GroupBy(a => (int)a.Status).ToDictionary(g => g.Key, g => g.Count());

    public async Task RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (!stop.IsCancellationRequested && starts.TryDequeue(out var start))
        {
            await BookAsync(start);
            sent++;
            var due = pace * sent - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task BookAsync(string start)
    {
        try
        {
            // Never cancelled half-way: a booking sent is waited for, so its answer is known.
            using var response = await gateway.PostAsJsonAsync($"/api/hubs/{HubId}/bookings", BookableExpert.Booking(expertId, start));
            Guid? id = response.StatusCode == HttpStatusCode.Created
                ? Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>())
                : null;
            _answers.Enqueue((response.StatusCode, id));
        }
        catch (HttpRequestException)
        {
            _answers.Enqueue((0, null));
        }
    }
}

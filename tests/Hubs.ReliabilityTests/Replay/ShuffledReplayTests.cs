using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.Replay;

/// <summary>
/// Scenario 5: the events a small federation really produced (experts created, updated, retired; availability;
/// bookings made, cancelled, rescheduled; announcements and heartbeats), captured raw off a witness queue, then fed
/// into two fresh directories: once in their original order, and twice over in a shuffled order. Both must hold the
/// very same thing (canonical dump of their stores): delivery order and duplicates make no difference.
/// </summary>
public sealed class ShuffledReplayTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HubIds = ["ivrea", "caserta"];
    private const string Witness = "replay-witness";

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubIds);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_event_replayed_twice_in_shuffled_order_leaves_the_directory_identical_to_one_ordered_delivery()
    {
        await _federation.Broker.BindWitnessToEveryContractAsync(_federation.VirtualHost, Witness);
        // Restarted once the witness listens, so their announcements are captured too.
        await Task.WhenAll(_federation.Hubs.Values.Select(h => h.RestartAsync()));
        var gateway = _federation.GatewayClient;
        foreach (var hubId in HubIds)
        {
            await Eventually.Until(
                async () => (await gateway.GetAsync($"/api/hubs/{hubId}/experts")).StatusCode,
                status => status == HttpStatusCode.OK,
                TimeSpan.FromSeconds(30),
                "the gateway to route to the restarted hub");
        }

        foreach (var hubId in HubIds)
        {
            await MakeHistoryAsync(gateway, hubId);
        }

        // The original directory has everything once its consultations are in; a few seconds more for stragglers.
        var source = new DirectoryStoreFile(Path.Combine(_federation.DataDirectory, "directory.db"));
        await Eventually.Until(
            () => source.ConsultationsAsync(HubIds),
            facts => facts.Count == 4 * HubIds.Length && facts.Values.Count(f => f.Status == "cancelled") == HubIds.Length
                && facts.Values.Count(f => f.Version == 2) == 2 * HubIds.Length,
            TimeSpan.FromSeconds(60),
            "the federation's own directory to see every booking change");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var raw = await _federation.Broker.TakeMessagesAsync(_federation.VirtualHost, Witness);
        var captured = raw
            .Select(CapturedEvent.From)
            .OfType<CapturedEvent>()
            .ToList();

        var seed = Environment.TickCount;
        var shuffled = captured.Concat(captured).ToArray();
        new Random(seed).Shuffle(shuffled);

        string ordered, replayed;
        int refusedOrdered, refusedReplayed;
        await using (var once = await ReplayedDirectory.StartAsync(HubIds))
        {
            await once.PublishAsync(captured);
            ordered = await once.SettledDumpAsync();
            refusedOrdered = once.RefusedOrRejected();
        }

        await using (var twice = await ReplayedDirectory.StartAsync(HubIds))
        {
            await twice.PublishAsync(shuffled);
            replayed = await twice.SettledDumpAsync();
            refusedReplayed = twice.RefusedOrRejected();
        }

        var orderedLines = ordered.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var replayedLines = replayed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var differing = orderedLines.Except(replayedLines).Concat(replayedLines.Except(orderedLines)).ToList();
        ReliabilityReport.Print(output, "shuffled-replay",
            ("events", captured.Count),
            ("kinds", string.Join('/', captured.GroupBy(c => c.Exchange.Replace("hubs.", "", StringComparison.Ordinal)).Select(g => $"{g.Key}:{g.Count()}"))),
            ("replayed", shuffled.Length),
            ("seed", seed),
            ("rows", orderedLines.Length),
            ("differing-rows", differing.Count),
            ("refused", refusedOrdered + refusedReplayed),
            ("lost", orderedLines.Except(replayedLines).Count()),
            ("duplicated", replayedLines.Length - orderedLines.Length));
        foreach (var line in differing.Take(10))
        {
            output.WriteLine("differs: " + line);
        }

        // The dump holds what the history made, so an empty or partial replay cannot pass as "identical".
        Assert.Equal(4 * HubIds.Length, orderedLines.Count(l => l.StartsWith("consultations ", StringComparison.Ordinal)));
        Assert.Equal(3 * HubIds.Length, orderedLines.Count(l => l.StartsWith("experts ", StringComparison.Ordinal)));
        Assert.Equal(HubIds.Length, orderedLines.Count(l => l.StartsWith("hubs ", StringComparison.Ordinal) && !l.Contains("\"version\":0", StringComparison.Ordinal)));
        Assert.Equal(0, refusedOrdered + refusedReplayed);
        Assert.Equal(ordered, replayed);
    }

    /// <summary>
    /// One hub's history: an expert with availability and four bookings (one cancelled, one rescheduled), a second
    /// expert updated twice, a third retired.
    /// </summary>
    private static async Task MakeHistoryAsync(HttpClient gateway, string hubId)
    {
        var bookable = await BookableExpert.CreateAsync(gateway, hubId, $"Esperta Replay {hubId}");
        var starts = await BookableExpert.DisjointStartsAsync(gateway, hubId, bookable);
        var bookings = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            using var booked = await gateway.PostAsJsonAsync($"/api/hubs/{hubId}/bookings", BookableExpert.Booking(bookable, starts.Dequeue()));
            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
            bookings.Add(Guid.Parse((await booked.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>()));
        }

        using var cancelled = await gateway.PostAsync($"/api/hubs/{hubId}/bookings/{bookings[0]}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        using var moved = await gateway.PostAsJsonAsync($"/api/hubs/{hubId}/bookings/{bookings[1]}/reschedule", new { start = starts.Dequeue() });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var updated = await CreateExpertAsync(gateway, hubId, "Esperto Aggiornato");
        for (var i = 1; i <= 2; i++)
        {
            using var update = await gateway.PutAsJsonAsync($"/api/hubs/{hubId}/experts/{updated}", Profile($"Esperto Aggiornato v{i + 1}"));
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }

        var retired = await CreateExpertAsync(gateway, hubId, "Esperto Ritirato");
        using var retire = await gateway.DeleteAsync($"/api/hubs/{hubId}/experts/{retired}");
        Assert.Equal(HttpStatusCode.NoContent, retire.StatusCode);
    }

    private static async Task<Guid> CreateExpertAsync(HttpClient gateway, string hubId, string name)
    {
        using var created = await gateway.PostAsJsonAsync($"/api/hubs/{hubId}/experts", Profile(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    private static object Profile(string name) => new
    {
        name = $"{name} (demo)",
        title = "Consulente",
        bio = "Demo data — invented person.",
        competencies = new[] { "grants" },
        languages = new[] { "it" },
    };
}

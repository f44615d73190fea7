using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Bookings;

/// <summary>
/// One hub node (Release build, SQLite, its own broker node): bookings per second with concurrent clients on distinct
/// slots against GET /alive of the same node under the same load, then slot listing over 60 days against /alive, in turns.
/// </summary>
internal static class BookingBenchmark
{
    private const string HubId = "lomazzo";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var clients = options.Number("--clients", 50);
        var duration = TimeSpan.FromSeconds(options.Number("--seconds", 10));
        var warmUp = TimeSpan.FromSeconds(options.Number("--warmup-seconds", 2));
        var expertCount = options.Number("--experts", 20);
        var days = options.Number("--days", 60);
        var listings = options.Number("--listings", 200);
        var contendedSlots = options.Number("--contended-slots", 3);
        var contentionRounds = options.Number("--contention-rounds", 20);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var environment = rig.ServiceEnvironment($"hub-{HubId}.db");
        environment["Hub__Id"] = HubId;
        var node = await rig.StartServiceAsync($"hub-{HubId}", "services", "Hubs.HubNode", environment);
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        // Staff set up the experts; a business books without an account (the same token does no harm there).
        http.DefaultRequestHeaders.Authorization = new("Bearer", Hubs.ServiceDefaults.Security.TokenIssuer.Staff(rig.Auth, HubId));

        var experts = await BookableExperts.CreateAsync(http, HubId, expertCount, cancellationToken);
        var plan = await SlotPlan.LoadAsync(http, HubId, experts, days, cancellationToken);
        Console.WriteLine($"{expertCount} experts, {plan.Remaining} distinct non-overlapping slots to book");

        var refusals = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        var sequence = 0;
        async Task<CallOutcome> Book(int client, CancellationToken ct)
        {
            if (!plan.TryTake(out var slot))
            {
                return CallOutcome.Exhausted;
            }

            var n = Interlocked.Increment(ref sequence);
            using var response = await http.PostAsJsonAsync($"/api/hubs/{HubId}/bookings", BookingRequests.Booking(slot.ExpertId, slot.Start, $"{client}-{n}"), ct);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return CallOutcome.Succeeded;
            }

            refusals.AddOrUpdate(response.StatusCode, 1, (_, count) => count + 1);
            return CallOutcome.Failed;
        }

        async Task<CallOutcome> Alive(int client, CancellationToken ct)
        {
            using var response = await http.GetAsync("/alive", ct);
            return response.IsSuccessStatusCode ? CallOutcome.Succeeded : CallOutcome.Failed;
        }

        Console.WriteLine($"Warming up ({warmUp.TotalSeconds:F0} s each)…");
        await ClosedLoad.RunAsync(clients, warmUp, Book, cancellationToken);
        await ClosedLoad.RunAsync(clients, warmUp, Alive, cancellationToken);

        Console.WriteLine($"Measuring: {clients} clients booking for {duration.TotalSeconds:F0} s, then on /alive for as long…");
        var booked = await ClosedLoad.RunAsync(clients, duration, Book, cancellationToken);
        var alive = await ClosedLoad.RunAsync(clients, duration, Alive, cancellationToken);

        var (from, to) = SlotPlan.Window(days);
        var listingPath = $"/api/hubs/{HubId}/slots?from={from}&to={to}";
        var sample = await http.GetByteArrayAsync(listingPath, cancellationToken);
        var slotCount = JsonNode.Parse(sample)!.AsArray().Count;
        // What the portal's slot picker asks for: one week (7 days from today) of every expert, the default kind.
        var (weekFrom, weekTo) = SlotPlan.Window(7);
        var weekPath = $"/api/hubs/{HubId}/slots?from={weekFrom}&to={weekTo}";
        var weekSample = await http.GetByteArrayAsync(weekPath, cancellationToken);
        var weekSlotCount = JsonNode.Parse(weekSample)!.AsArray().Count;
        await Interleaved.RunAsync(5, [Get(http, listingPath), Get(http, weekPath), Get(http, "/alive")], cancellationToken);

        Console.WriteLine($"Measuring: slot listing ({expertCount} experts, {days} days and 7 days) and /alive in turns, {listings} each…");
        var sequential = await Interleaved.RunAsync(listings, [Get(http, listingPath), Get(http, weekPath), Get(http, "/alive")], cancellationToken);
        var (listing, week, aliveAlone) = (sequential[0], sequential[1], sequential[2]);

        Console.WriteLine($"Measuring: contention, {clients} clients at once racing for the same {contendedSlots} slots, {contentionRounds} rounds…");
        var race = await SlotRace.RunAsync(http, HubId, plan, clients, contendedSlots, contentionRounds, cancellationToken);

        var report = new Report($"Bookings at one hub node ({clients} concurrent clients, {duration.TotalSeconds:F0} s each)");
        report.Ratio("bookings/s (201, distinct slots)", booked.PerSecond, "/s", "GET /alive", alive.PerSecond);
        report.Ratio("booking latency p50 under load", booked.Latencies.P50, "ms", "GET /alive p50", alive.Latencies.P50);
        report.Ratio("booking latency p99 under load", booked.Latencies.P99, "ms", "GET /alive p99", alive.Latencies.P99);
        report.Note("bookings made (measured run)", $"{booked.Succeeded} in {Report.Number(booked.Elapsed.TotalSeconds)} s; refused or failed: {booked.Failures}{Describe(refusals)}");
        report.Note("GET /alive calls", $"{alive.Succeeded} in {Report.Number(alive.Elapsed.TotalSeconds)} s; failed: {alive.Failures}");
        report.Ratio($"slot listing p50 ({expertCount} experts, {days} days)", listing.P50, "ms", "GET /alive p50", aliveAlone.P50);
        report.Ratio($"slot listing p99 ({expertCount} experts, {days} days)", listing.P99, "ms", "GET /alive p99", aliveAlone.P99);
        report.Note("slot listing response", $"{slotCount} slots, {sample.Length / 1024.0 / 1024.0:F1} MiB, {listings} sequential calls; bookings already made: {sequence}");
        report.Ratio($"slot listing p50 ({expertCount} experts, one week)", week.P50, "ms", "GET /alive p50", aliveAlone.P50);
        report.Ratio($"slot listing p99 ({expertCount} experts, one week)", week.P99, "ms", "GET /alive p99", aliveAlone.P99);
        report.Note("one week's response", $"{weekSlotCount} slots, {weekSample.Length / 1024.0:F0} KiB");
        report.Ratio($"contended booking p50 ({clients} clients, {contendedSlots} slots)", race.Latencies.P50, "ms", "uncontended booking p50", booked.Latencies.P50);
        report.Ratio($"contended booking p99 ({clients} clients, {contendedSlots} slots)", race.Latencies.P99, "ms", "uncontended booking p99", booked.Latencies.P99);
        report.Ratio("contended requests answered/s (201 or 409)", race.Latencies.Count / race.Elapsed.TotalSeconds, "/s", "uncontended bookings/s", booked.PerSecond);
        report.Note("contention outcome", $"{race.Rounds} rounds: {race.Won} booked (201; {race.Rounds * contendedSlots} slots), {race.Refused} refused with 409, {race.Other} other answers; "
            + (race.OneWinnerPerSlot ? "exactly one booking per slot" : "NOT one booking per slot"));
        report.Print();
        return booked.Failures == 0 && race.Other == 0 && race.OneWinnerPerSlot ? 0 : 1;
    }

    private static Func<int, CancellationToken, Task> Get(HttpClient http, string path) => async (_, ct) =>
    {
        using var response = await http.GetAsync(path, ct);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync(ct);
    };

    private static string Describe(System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int> refusals) =>
        refusals.IsEmpty ? "" : " (" + string.Join(", ", refusals.Select(r => $"{(int)r.Key}: {r.Value}")) + ")";
}

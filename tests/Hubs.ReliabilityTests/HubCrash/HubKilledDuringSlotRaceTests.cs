using System.Net;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.HubCrash;

/// <summary>
/// Scenario 3: a hub node killed with SIGKILL while businesses race for the same slots, then restarted on the same port
/// and data file. Every booking that got a 201 is there after the restart, no expert is booked twice at once, and the
/// bookings the hub holds (those it stored just before dying included) all reach the directory.
/// </summary>
public sealed class HubKilledDuringSlotRaceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string HubId = "catania";
    private const int RacesPerExpert = 15;

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubId);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_acknowledged_booking_survives_a_hub_killed_mid_race_and_no_slot_is_booked_twice()
    {
        var gateway = _federation.GatewayClient;
        var races = new List<SlotRace>();
        for (var i = 0; i < 2; i++)
        {
            var expert = await BookableExpert.CreateAsync(gateway, HubId, $"Esperto Contesa {i}");
            races.AddRange(await SlotRace.PlanAsync(gateway, HubId, expert, RacesPerExpert));
        }

        Assert.Equal(2 * RacesPerExpert, races.Count);
        var hub = _federation.Hubs[HubId];
        var answers = new List<(HttpStatusCode Status, Guid? BookingId)>();

        // Two races at a time; the hub is killed while the second batch is on the wire, and restarted two races later.
        var batches = races.Chunk(2).ToList();
        for (var b = 0; b < batches.Count; b++)
        {
            // Paced, so the instant 503s while the hub is down do not run the calls into the gateway's per-address limit.
            var paced = Task.Delay(TimeSpan.FromMilliseconds(500));
            var running = batches[b].Select(r => r.RunAsync(gateway, HubId)).ToList();
            if (b == 2)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(30));
                await hub.StopAsync();
            }
            else if (b == 4)
            {
                await hub.StartAsync();
                // The gateway's probes notice it is back; until then its calls are still answered 503.
                await Eventually.Until(
                    async () => (await gateway.GetAsync($"/api/hubs/{HubId}/experts")).StatusCode,
                    status => status == HttpStatusCode.OK,
                    TimeSpan.FromSeconds(30),
                    "the gateway to route to the restarted hub");
            }

            foreach (var answer in await Task.WhenAll(running))
            {
                answers.AddRange(answer);
            }

            await paced;
        }

        var acknowledged = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.BookingId!.Value).ToHashSet();
        // Asked of the restarted node itself: the gateway may still answer 503 for a while after a hub's failures.
        using var node = new HttpClient(new CallerByPath { InnerHandler = new HttpClientHandler() }) { BaseAddress = hub.BaseAddress };
        var stored = await StoredBooking.ListAsync(node, HubId);
        var active = stored.Where(s => s.Status != "cancelled").ToList();
        var doubleBooked = active
            .SelectMany(x => active.Where(y => y.ExpertId == x.ExpertId && y.Id.CompareTo(x.Id) > 0 && y.Start < x.End && x.Start < y.End))
            .Count();
        var missing = acknowledged.Count(id => stored.All(s => s.Id != id));

        // The outbox survived the kill too: whatever the hub holds is published, once.
        var directory = new DirectoryStoreFile(Path.Combine(_federation.DataDirectory, "directory.db"));
        var received = await Eventually.Until(
            () => directory.ConsultationsAsync([HubId]),
            facts => facts.Count >= stored.Count,
            TimeSpan.FromSeconds(60),
            "every booking the hub holds to reach the directory");

        ReliabilityReport.Print(output, "hub-crash",
            ("races", races.Count),
            ("sent", answers.Count),
            ("acknowledged", acknowledged.Count),
            ("conflicts", answers.Count(a => a.Status == HttpStatusCode.Conflict)),
            ("unavailable", answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)),
            ("other", answers.Count(a => a.Status is not (HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable))),
            ("stored", stored.Count),
            ("stored-unacknowledged", stored.Count(s => !acknowledged.Contains(s.Id))),
            ("received", received.Count),
            ("lost", missing),
            ("double-booked", doubleBooked));

        // The kill happened under traffic, and the hub took bookings again after it.
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.True(acknowledged.Count > batches.Count, $"only {acknowledged.Count} bookings were made");
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.ServiceUnavailable }));
        Assert.Equal(0, missing);
        Assert.Equal(0, doubleBooked);
        Assert.Equal(stored.Select(s => s.Id).Order(), received.Keys.Order());
    }
}

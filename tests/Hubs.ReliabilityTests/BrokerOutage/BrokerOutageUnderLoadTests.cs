using System.Diagnostics;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.BrokerOutage;

/// <summary>
/// Scenario 1: RabbitMQ stopped for 30 seconds while three hubs take a steady stream of bookings. Every booking the
/// business got a 201 for is stored at its hub, and once the broker is back each one reaches the directory exactly once
/// in effect (the outbox may deliver twice; the version-gated projection must not count twice).
/// Runs on a broker node of its own: stopping the shared one would break every other test.
/// </summary>
[Collection(BrokerOutageNode.Name)]
public sealed class BrokerOutageUnderLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HubIds = ["trento", "padova", "bologna"];
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(400);
    private const string Witness = "outage-load-witness";

    private RabbitMqNode _broker = null!;
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqNode.StartOwnAsync(TestPorts.ReliabilityBrokerOutage);
        _federation = await TestFederation.StartAsync(_broker, HubIds);
    }

    // Also when InitializeAsync failed part way: stop what did start (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeOwnAsync();
        }
    }

    [Fact]
    public async Task Every_booking_acknowledged_during_a_30_second_broker_outage_is_stored_and_counted_once_by_the_directory()
    {
        var gateway = _federation.GatewayClient;
        var loads = new List<SteadyBookings>();
        foreach (var hubId in HubIds)
        {
            var expert = await BookableExpert.CreateAsync(gateway, hubId, $"Esperta Interruzione {hubId}");
            loads.Add(new SteadyBookings(gateway, hubId, expert, await BookableExpert.DisjointStartsAsync(gateway, hubId, expert), Pace));
        }

        // Counts what the broker really received, duplicates included, next to what the directory made of it.
        await _broker.BindWitnessQueueAsync(_federation.VirtualHost, "hubs.consultation-booked", Witness);

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(loads.Select(l => Task.Run(() => l.RunAsync(stop.Token))));

        await Task.Delay(TimeSpan.FromSeconds(5));
        await _broker.StopAsync();
        var sentBeforeOutage = loads.Sum(l => l.Sent);
        await Task.Delay(Outage);
        var sentDuringOutage = loads.Sum(l => l.Sent) - sentBeforeOutage;
        await _broker.StartAsync();
        var back = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await load;

        var acknowledged = loads.ToDictionary(l => l.HubId, l => l.Acknowledged.ToHashSet());
        var acknowledgedCount = acknowledged.Values.Sum(a => a.Count);

        // At the hubs: every 201 stored, nothing else stored.
        var stored = 0;
        foreach (var (hubId, ids) in acknowledged)
        {
            var atHub = (await StoredBooking.ListAsync(gateway, hubId)).Select(b => b.Id).ToHashSet();
            Assert.Subset(atHub, ids);
            Assert.Equal(ids.Count, atHub.Count);
            stored += atHub.Count;
        }

        // At the directory: each acknowledged booking once, and nothing more.
        var directory = new DirectoryStoreFile(Path.Combine(_federation.DataDirectory, "directory.db"));
        var received = await Eventually.Until(
            () => directory.ConsultationsAsync(HubIds),
            facts => facts.Count >= acknowledgedCount,
            TimeSpan.FromSeconds(120),
            "every acknowledged booking to reach the directory after the outage");
        var convergedIn = back.Elapsed;
        var lost = acknowledged.Values.SelectMany(a => a).Count(id => !received.ContainsKey(id));
        var counted = await CountedConsultations.ForHubsAsync(gateway, HubIds);
        var onTheWire = await _broker.QueueDepthAsync(_federation.VirtualHost, Witness);

        ReliabilityReport.Print(output, "broker-outage",
            ("hubs", HubIds.Length),
            ("outage", Outage),
            ("sent", loads.Sum(l => l.Sent)),
            ("sent-during-outage", sentDuringOutage),
            ("acknowledged", acknowledgedCount),
            ("refused", loads.Sum(l => l.Refused.Values.Sum())),
            ("stored", stored),
            ("on-the-wire", onTheWire),
            ("received", received.Count),
            ("counted", counted),
            ("lost", lost),
            ("duplicated", counted - acknowledgedCount),
            ("converged-in", convergedIn));

        Assert.True(sentDuringOutage > 0, "no booking was made while the broker was down");
        Assert.All(loads, l => Assert.Empty(l.Refused));
        Assert.Equal(0, lost);
        Assert.Equal(acknowledgedCount, received.Count);
        Assert.All(received.Values, f => Assert.Equal(("booked", 1L), (f.Status, f.Version)));
        Assert.Equal(acknowledgedCount, counted);
    }
}

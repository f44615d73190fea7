using System.Diagnostics;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.BrokerOutage;

/// <summary>
/// Scenario: RabbitMQ stopped for 45 seconds (long enough for the transport's own reconnect back-off to have reached
/// tens of seconds) while a hub takes a steady stream of bookings, which go on after the broker is back. The hub and the
/// directory reconnect with the short receive policy (decision 0029) while the hub's outbox drains and new bookings
/// arrive: nothing the hub acknowledged is lost, and the directory counts each booking once. Reports how long after
/// the broker's return the first booking made during the outage was counted (a figure, not an assertion). Runs on a
/// broker node of its own, the port of the other outage scenario (the suite runs one scenario at a time).
/// </summary>
[Collection(BrokerOutageNode.Name)]
public sealed class ReconnectAfterLongOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HubIds = ["trento"];
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(250);

    private RabbitMqNode _broker = null!;
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _broker = await RabbitMqNode.StartOwnAsync(TestPorts.ReliabilityBrokerOutage);
        _federation = await TestFederation.StartAsync(_broker, HubIds);
    }

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
    public async Task After_a_long_outage_every_booking_acknowledged_before_during_and_after_it_is_counted_once()
    {
        var gateway = _federation.GatewayClient;
        var hubId = HubIds[0];
        var expert = await BookableExpert.CreateAsync(gateway, hubId, "Esperta Riavvio");
        var load = new SteadyBookings(gateway, hubId, expert, await BookableExpert.DisjointStartsAsync(gateway, hubId, expert), Pace);

        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => load.RunAsync(stop.Token));

        await Task.Delay(TimeSpan.FromSeconds(3));
        await _broker.StopAsync();
        var beforeOutage = load.Acknowledged.Count;
        await Task.Delay(Outage);
        var duringOutage = load.Acknowledged.Skip(beforeOutage).ToList();
        await _broker.StartAsync();
        var back = Stopwatch.StartNew();
        var directory = new DirectoryStoreFile(Path.Combine(_federation.DataDirectory, "directory.db"));
        await Eventually.Until(
            () => directory.ConsultationsAsync(HubIds),
            facts => duringOutage.Count == 0 || facts.ContainsKey(duringOutage[0]),
            TimeSpan.FromSeconds(120),
            "the first booking of the outage to reach the directory");
        var firstIn = back.Elapsed;

        // Bookings keep coming while the buses restart and the backlog drains: publishes and consumes across the restart.
        await Task.Delay(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        await running;

        var acknowledged = load.Acknowledged.ToHashSet();
        var atHub = (await StoredBooking.ListAsync(gateway, hubId)).Select(b => b.Id).ToHashSet();

        var received = await Eventually.Until(
            () => directory.ConsultationsAsync(HubIds),
            facts => facts.Count >= acknowledged.Count,
            TimeSpan.FromSeconds(120),
            "every acknowledged booking to reach the directory after the outage");
        var convergedIn = back.Elapsed;
        var counted = await CountedConsultations.ForHubsAsync(gateway, HubIds);
        var lost = acknowledged.Count(id => !received.ContainsKey(id));

        ReliabilityReport.Print(output, "long-outage",
            ("outage", Outage),
            ("sent", load.Sent),
            ("acknowledged", acknowledged.Count),
            ("refused", load.Refused.Values.Sum()),
            ("refused-by-status", string.Join(" ", load.Refused.Select(r => $"{r.Key}:{r.Value}"))),
            ("stored", atHub.Count),
            ("received", received.Count),
            ("counted", counted),
            ("lost", lost),
            ("duplicated", counted - acknowledged.Count),
            ("acknowledged-during-outage", duringOutage.Count),
            ("first-of-outage-counted-in", firstIn),
            ("converged-in", convergedIn));

        Assert.NotEmpty(duringOutage);
        Assert.Empty(load.Refused);
        Assert.Equal(acknowledged, atHub);
        Assert.Equal(0, lost);
        Assert.Equal(acknowledged.Count, received.Count);
        Assert.All(received.Values, f => Assert.Equal(("booked", 1L), (f.Status, f.Version)));
        Assert.Equal(acknowledged.Count, counted);
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.ClusterNodeLoss;

/// <summary>
/// Scenario: the federation's broker is a three-node RabbitMQ cluster on loopback, every quorum queue replicated on all
/// three, and every service connects with the three nodes in its connection string. Under booking load at three hubs,
/// the node leading the directory's queue (and, as it declared them, the hubs' queues) is SIGKILLed, booking goes on,
/// and the node is started again. Every booking a business got a 201 for is stored at its hub and counted once by the
/// directory, no booking is refused meanwhile, and the killed node rejoins with its replicas.
/// </summary>
public sealed class ClusterNodeLossTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] HubIds = ["ancona", "bari", "catania"];
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan Down = TimeSpan.FromSeconds(20);

    private RabbitMqCluster _cluster = null!;
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _cluster = await RabbitMqCluster.StartAsync(OwnBrokerPorts.ClusterNodeLoss);
        _federation = await TestFederation.StartAsync(_cluster.Nodes[0], HubIds);
    }

    public async Task DisposeAsync()
    {
        await _federation.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    [Fact]
    public async Task Killing_the_node_that_leads_the_queues_loses_no_acknowledged_booking_and_the_node_rejoins()
    {
        var gateway = _federation.GatewayClient;
        var vhost = _federation.VirtualHost;
        string[] watched = ["directory", .. HubIds.Select(h => $"hub-{h}")];

        var loads = new List<SteadyBookings>();
        foreach (var hubId in HubIds)
        {
            var expert = await BookableExpert.CreateAsync(gateway, hubId, $"Esperta Cluster {hubId}");
            loads.Add(new SteadyBookings(gateway, hubId, expert, await BookableExpert.DisjointStartsAsync(gateway, hubId, expert), Pace));
        }

        // Every watched queue is a quorum queue with a replica on each node before anything is killed.
        var before = await Eventually.Until(
            () => WatchedAsync(_cluster.Nodes[0], vhost, watched),
            queues => queues.Count == watched.Length && queues.Values.All(q => Members(q, "online").Count == 3),
            TimeSpan.FromSeconds(60),
            "the directory's and the hubs' quorum queues on all three nodes");
        Assert.All(before.Values, q => Assert.Equal("quorum", q["type"]!.GetValue<string>()));

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(loads.Select(l => Task.Run(() => l.RunAsync(stop.Token))));
        await Task.Delay(TimeSpan.FromSeconds(5));

        var leader = before["directory"]["leader"]!.GetValue<string>();
        var led = before.Where(q => q.Value["leader"]?.GetValue<string>() == leader).Select(q => q.Key).Order(StringComparer.Ordinal).ToList();
        var killed = _cluster.NodeNumber(leader);
        var survivor = _cluster.Nodes[killed % 3];
        var sentBeforeKill = loads.Sum(l => l.Sent);
        var downFor = Stopwatch.StartNew();
        await _cluster.KillAsync(killed);

        // A new leader for every queue the killed node led, elected by the two that are left.
        await Eventually.Until(
            () => WatchedAsync(survivor, vhost, watched),
            queues => led.All(name => queues.TryGetValue(name, out var q) && q["leader"]?.GetValue<string>() is { } l && l != leader),
            TimeSpan.FromSeconds(30),
            "new leaders on the surviving nodes");
        var takeover = downFor.Elapsed;

        var rest = Down - downFor.Elapsed;
        await Task.Delay(rest > TimeSpan.Zero ? rest : TimeSpan.Zero);
        var sentWhileDown = loads.Sum(l => l.Sent) - sentBeforeKill;
        await _cluster.RestartAsync(killed);
        var rejoin = Stopwatch.StartNew();
        await Eventually.Until(
            async () => (Running: await survivor.RunningNodesAsync(), Queues: await WatchedAsync(survivor, vhost, watched)),
            state => state.Running.Count == 3 && state.Queues.Values.All(q => Members(q, "online").Contains(leader)),
            TimeSpan.FromSeconds(60),
            "the killed node back in the cluster with its replicas");
        var rejoinedIn = rejoin.Elapsed;

        await Task.Delay(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await load;
        var settle = Stopwatch.StartNew();

        var acknowledged = loads.ToDictionary(l => l.HubId, l => l.Acknowledged.ToHashSet());
        var acknowledgedCount = acknowledged.Values.Sum(a => a.Count);
        var stored = 0;
        foreach (var (hubId, ids) in acknowledged)
        {
            var atHub = (await StoredBooking.ListAsync(gateway, hubId)).Select(b => b.Id).ToHashSet();
            Assert.Subset(atHub, ids);
            Assert.Equal(ids.Count, atHub.Count);
            stored += atHub.Count;
        }

        var directory = new DirectoryStoreFile(Path.Combine(_federation.DataDirectory, "directory.db"));
        var received = await Eventually.Until(
            () => directory.ConsultationsAsync(HubIds),
            facts => facts.Count >= acknowledgedCount,
            TimeSpan.FromSeconds(120),
            "every acknowledged booking to reach the directory");
        var convergedIn = settle.Elapsed;
        var lost = acknowledged.Values.SelectMany(a => a).Count(id => !received.ContainsKey(id));
        var counted = await CountedConsultations.ForHubsAsync(gateway, HubIds);

        ReliabilityReport.Print(output, "cluster-node-loss",
            ("nodes", 3),
            ("killed", leader),
            ("led", string.Join('+', led)),
            ("down", Down),
            ("sent", loads.Sum(l => l.Sent)),
            ("sent-while-down", sentWhileDown),
            ("acknowledged", acknowledgedCount),
            ("refused", loads.Sum(l => l.Refused.Values.Sum())),
            ("stored", stored),
            ("received", received.Count),
            ("counted", counted),
            ("lost", lost),
            ("duplicated", counted - acknowledgedCount),
            ("takeover", takeover),
            ("rejoined-in", rejoinedIn),
            ("converged-in", convergedIn));

        Assert.Contains("directory", led);
        Assert.True(sentWhileDown > 0, "no booking was made while the node was down");
        Assert.All(loads, l => Assert.Empty(l.Refused));
        Assert.Equal(0, lost);
        Assert.Equal(acknowledgedCount, received.Count);
        Assert.All(received.Values, f => Assert.Equal(("booked", 1L), (f.Status, f.Version)));
        Assert.Equal(acknowledgedCount, counted);
    }

    private static async Task<Dictionary<string, JsonObject>> WatchedAsync(RabbitMqNode node, string vhost, IReadOnlyCollection<string> names)
    {
        try
        {
            return (await node.QueuesAsync(vhost))
                .Where(q => names.Contains(q["name"]!.GetValue<string>()))
                .ToDictionary(q => q["name"]!.GetValue<string>(), StringComparer.Ordinal);
        }
        catch (HttpRequestException)
        {
            // The node's management API is starting or busy electing: ask again.
            return [];
        }
    }

    private static List<string> Members(JsonObject queue, string field) =>
        queue[field] is JsonArray members ? [.. members.Select(m => m!.GetValue<string>())] : [];
}

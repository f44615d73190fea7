using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Gateway;

/// <summary>
/// What YARP costs: the same request (the directory's hub list, 12 hubs) sent straight to the directory, through the
/// gateway and through nginx (<see cref="NginxProxy"/>) to the same directory, by N clients in a closed loop, in
/// alternating turns so outside load falls on all three alike.
/// </summary>
internal static class GatewayOverhead
{
    private const string Path = "/api/directory/hubs";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var clients = options.Number("--clients", 16);
        var turn = TimeSpan.FromSeconds(options.Number("--seconds", 10) / 2.0);
        var network = DemoNetwork.Create(DemoNetwork.MaxHubs, 1, DateTimeOffset.UtcNow);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        var gateway = await DirectoryUnderTest.StartGatewayAsync(rig, directory, network.Hubs[0].HubId);
        await using (var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken))
        {
            await publisher.PublishAllAsync(network.Hubs, cancellationToken);
            await publisher.PublishAllAsync([.. network.Heartbeats(DateTimeOffset.UtcNow)], cancellationToken);
        }

        await using var nginx = await NginxProxy.StartAsync(rig.DataDirectory, directory.BaseAddress, cancellationToken);
        using var direct = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var proxied = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var viaNginx = new HttpClient { BaseAddress = nginx.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // Every hub projected first (on a loaded machine the last announcements may still be in the queue), then the same
        // hubs each way (their last-seen times may move between two calls).
        var hubs = network.Hubs.Count;
        await Eventually.Until(() => DirectoryProgress.HubsOnlineAsync(direct, cancellationToken), n => n == hubs, TimeSpan.FromMinutes(1), $"{hubs} hubs online");
        var body = await direct.GetStringAsync(Path, cancellationToken);
        foreach (var other in new[] { viaNginx, proxied })
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(await other.GetStringAsync(Path, cancellationToken))!.AsArray().Count != hubs)
            {
                Console.WriteLine($"{other.BaseAddress} does not list the {hubs} hubs the directory lists: nothing measured.");
                return 1;
            }
        }

        Console.WriteLine($"Warming up, then {clients} clients on GET {Path}: direct, through the gateway and through nginx, in two turns each…");
        var sides = new[] { direct, proxied, viaNginx };
        foreach (var side in sides)
        {
            await ClosedLoad.RunAsync(clients, TimeSpan.FromSeconds(2), Get(side), cancellationToken);
        }

        var runs = sides.Select(_ => new List<LoadResult>()).ToArray();
        for (var round = 0; round < 2; round++)
        {
            for (var s = 0; s < sides.Length; s++)
            {
                runs[s].Add(await ClosedLoad.RunAsync(clients, turn, Get(sides[s]), cancellationToken));
            }
        }

        var (straight, through, nginxed) = (Merge(runs[0]), Merge(runs[1]), Merge(runs[2]));
        var report = new Report($"Gateway overhead (GET {Path}, {clients} clients, closed loop, {turn.TotalSeconds * 2:F0} s each)");
        report.Ratio("requests/s through the gateway", through.PerSecond, "/s", "direct to the directory", straight.PerSecond, "F0");
        report.Ratio("latency p50 through the gateway", through.Latencies.P50, "ms", "direct p50", straight.Latencies.P50, "F2");
        report.Ratio("latency p99 through the gateway", through.Latencies.P99, "ms", "direct p99", straight.Latencies.P99, "F2");
        report.Ratio("requests/s through the gateway", through.PerSecond, "/s", "through nginx", nginxed.PerSecond, "F0");
        report.Ratio("latency p50 through the gateway", through.Latencies.P50, "ms", "nginx p50", nginxed.Latencies.P50, "F2");
        report.Ratio("latency p99 through the gateway", through.Latencies.P99, "ms", "nginx p99", nginxed.Latencies.P99, "F2");
        report.Ratio("requests/s through nginx", nginxed.PerSecond, "/s", "direct to the directory", straight.PerSecond, "F0");
        report.Note("calls", $"gateway {through.Succeeded} ({through.Failures} failed), nginx {nginxed.Succeeded} ({nginxed.Failures} failed), "
            + $"direct {straight.Succeeded} ({straight.Failures} failed); response {body.Length} bytes; gateway pid {gateway.ProcessId}");
        report.Print();
        return through.Failures + straight.Failures + nginxed.Failures == 0 ? 0 : 1;
    }

    private static Func<int, CancellationToken, Task<CallOutcome>> Get(HttpClient client) => async (_, ct) =>
    {
        using var response = await client.GetAsync(Path, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        return response.IsSuccessStatusCode ? CallOutcome.Succeeded : CallOutcome.Failed;
    };

    private static LoadResult Merge(List<LoadResult> runs)
    {
        var all = new Latencies();
        foreach (var run in runs)
        {
            all.AddRange(run.Latencies);
        }

        return new LoadResult(all, runs.Sum(r => r.Failures), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)));
    }
}

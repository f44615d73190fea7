using Hubs.IntegrationTests.Infrastructure;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;

namespace Hubs.Benchmarks.Gateway;

/// <summary>
/// What YARP costs: the same request (the directory's hub list, 12 hubs) sent straight to the directory and through
/// the gateway by N clients in a closed loop, in alternating turns so outside load falls on both alike.
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

        using var direct = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var proxied = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var body = await direct.GetStringAsync(Path, cancellationToken);

        Console.WriteLine($"Warming up, then {clients} clients on GET {Path}: direct and through the gateway in two turns each…");
        await ClosedLoad.RunAsync(clients, TimeSpan.FromSeconds(2), Get(direct), cancellationToken);
        await ClosedLoad.RunAsync(clients, TimeSpan.FromSeconds(2), Get(proxied), cancellationToken);
        var directRuns = new List<LoadResult>();
        var gatewayRuns = new List<LoadResult>();
        for (var round = 0; round < 2; round++)
        {
            directRuns.Add(await ClosedLoad.RunAsync(clients, turn, Get(direct), cancellationToken));
            gatewayRuns.Add(await ClosedLoad.RunAsync(clients, turn, Get(proxied), cancellationToken));
        }

        var (straight, through) = (Merge(directRuns), Merge(gatewayRuns));
        var report = new Report($"Gateway overhead (GET {Path}, {clients} clients, closed loop, {turn.TotalSeconds * 2:F0} s each)");
        report.Ratio("requests/s through the gateway", through.PerSecond, "/s", "direct to the directory", straight.PerSecond, "F0");
        report.Ratio("latency p50 through the gateway", through.Latencies.P50, "ms", "direct p50", straight.Latencies.P50, "F2");
        report.Ratio("latency p99 through the gateway", through.Latencies.P99, "ms", "direct p99", straight.Latencies.P99, "F2");
        report.Note("calls", $"gateway {through.Succeeded} ({through.Failures} failed), direct {straight.Succeeded} ({straight.Failures} failed); response {body.Length} bytes");
        report.Print();
        return through.Failures + straight.Failures == 0 ? 0 : 1;
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

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Contracts.Events;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Propagation;

/// <summary>
/// Hub → directory propagation on a broker node and a directory of its own: new experts published as the hubs' outbox
/// relays publish them (MassTransit, confirms, message id = event id), spread over 12 hubs at fixed rates, each timed
/// from just before its publish until its row is committed in the directory's store (watched read-only, every ~1 ms).
/// Baseline: raw RabbitMQ.Client publish → consume at the same rate on the same broker. Then the highest sustained
/// rate: a burst published as fast as confirms allow, until the last one is visible, against raw publish → consume.
/// </summary>
internal static class PropagationBenchmark
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var rates = options.Text("--rates", "100,500,1000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var seconds = options.Number("--seconds", 5);
        var burst = options.Number("--burst", 20_000);
        var needed = rates.Sum(r => r * seconds) + burst;
        var network = DemoNetwork.Create(DemoNetwork.MaxHubs, (needed / DemoNetwork.MaxHubs) + 1, DateTimeOffset.UtcNow);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        using var directoryClient = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await using var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken);
        await publisher.PublishAllAsync(network.Hubs, cancellationToken);
        await publisher.PublishAllAsync([.. network.Heartbeats(DateTimeOffset.UtcNow)], cancellationToken);
        await Eventually.Until(() => HubsOnlineAsync(directoryClient, cancellationToken), n => n == DemoNetwork.MaxHubs, TimeSpan.FromMinutes(1), "12 hubs online");
        await using var visible = await ProjectedExperts.OpenAsync(Path.Combine(rig.DataDirectory, "directory.db"), cancellationToken);
        var bodySize = EnvelopeSample.For(network.Experts[0], rig.BrokerUri).Length;

        var report = new Report($"Hub → directory propagation (12 hubs, {seconds} s per rate)");
        var next = 0;
        // A short warm-up at the lowest rate: JIT and connection pools, not measured.
        await MeasureAsync(publisher, visible, Slice(network, ref next, rates[0]), rates[0], cancellationToken);
        foreach (var rate in rates)
        {
            Console.WriteLine($"Measuring: {rate} events/s for {seconds} s, raw RabbitMQ.Client then the hubs' events → directory…");
            var raw = await RawBrokerLatency.RunAsync(rig.BrokerUri, rate * seconds, rate, bodySize, cancellationToken);
            var projected = await MeasureAsync(publisher, visible, Slice(network, ref next, rate * seconds), rate, cancellationToken);
            report.Ratio($"propagation p50 at {rate} events/s", projected.P50, "ms", "raw publish → consume p50", raw.P50, "F2");
            report.Ratio($"propagation p99 at {rate} events/s", projected.P99, "ms", "raw publish → consume p99", raw.P99, "F2");
        }

        Console.WriteLine($"Measuring: highest sustained rate, {burst} events as fast as confirms allow (raw first)…");
        var body = EnvelopeSample.For(network.Experts[0], rig.BrokerUri);
        var rawBurst = await RawBrokerThroughput.RunAsync(rig.BrokerUri, burst, body, cancellationToken);
        var burstEvents = Slice(network, ref next, burst);
        var clock = Stopwatch.StartNew();
        var seen = WatchAsync(visible, burstEvents.Select(e => e.ExpertId.ToString("D")).ToHashSet(StringComparer.Ordinal), null, cancellationToken);
        await publisher.PublishAllAsync(burstEvents, cancellationToken);
        var published = clock.Elapsed;
        await seen;
        var sustained = burst / clock.Elapsed.TotalSeconds;
        report.Ratio($"highest sustained rate: {burst} published as fast as possible → all visible", sustained, "events/s",
            "raw publish → consume, live", burst / rawBurst.Live.TotalSeconds, "F0");
        report.Note("sustained-rate details", $"publishing took {Report.Number(published.TotalSeconds, "F2")} s, the last was visible at {Report.Number(clock.Elapsed.TotalSeconds, "F2")} s");
        report.Note("how latency is taken", "from just before the publish to the poll (every ~1 ms) that first sees the committed row in the directory's SQLite file; up to ~1–2 ms of the figure is the poll");
        report.Print();
        return 0;
    }

    private static List<ExpertPublished> Slice(DemoNetwork network, ref int next, int count)
    {
        // Stamped when they leave the "hub", as an outbox relay would publish a change made just now.
        var slice = network.Experts.Skip(next).Take(count).ToList();
        next += count;
        return slice;
    }

    private static async Task<Latencies> MeasureAsync(
        NetworkPublisher publisher, ProjectedExperts visible, List<ExpertPublished> events, int perSecond, CancellationToken cancellationToken)
    {
        var sentAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var latencies = new Latencies();
        var seen = WatchAsync(visible, events.Select(e => e.ExpertId.ToString("D")).ToHashSet(StringComparer.Ordinal), (id, at) =>
        {
            if (sentAt.TryGetValue(id, out var sent))
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
            }
        }, cancellationToken);
        await PacedPublish.RunAsync(events.Count, perSecond, i =>
        {
            var e = events[i] with { OccurredAt = DateTimeOffset.UtcNow };
            sentAt[e.ExpertId.ToString("D")] = Stopwatch.GetTimestamp();
            return publisher.PublishAsync(e, cancellationToken);
        }, cancellationToken);
        await seen;
        return latencies;
    }

    /// <summary>Polls the store until every one of <paramref name="expected"/> is visible, reporting each with the poll's time.</summary>
    private static async Task WatchAsync(ProjectedExperts visible, HashSet<string> expected, Action<string, long>? onVisible, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        while (expected.Count > 0)
        {
            if (clock.Elapsed > Deadline)
            {
                throw new TimeoutException($"{expected.Count} experts were never visible in the directory");
            }

            var ids = await visible.NewSinceLastAsync(cancellationToken);
            var at = Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                if (expected.Remove(id))
                {
                    onVisible?.Invoke(id, at);
                }
            }

            await Task.Delay(1, cancellationToken);
        }
    }

    private static async Task<int> HubsOnlineAsync(HttpClient directory, CancellationToken cancellationToken)
    {
        var hubs = await directory.GetFromJsonAsync<JsonArray>("/api/directory/hubs", cancellationToken);
        return hubs!.Count(h => h!["status"]!.GetValue<string>() == "online");
    }
}

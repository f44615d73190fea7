using System.Diagnostics;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Contracts.Events;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// Catch-up after an outage: the directory is down while the 12 hubs make N changes (new versions of their experts,
/// queued in the directory's quorum queue), then it is started again and timed from the start command until every
/// change is applied, process start-up included. Done twice on the same store: first with one transaction per event
/// (the projection before decision 0016), then with group commit. Baseline: raw RabbitMQ.Client draining N queued.
/// </summary>
internal static class CatchUpBenchmark
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var changes = options.Number("--changes", 10_000);
        var network = DemoNetwork.Create(DemoNetwork.MaxHubs, (changes / DemoNetwork.MaxHubs) + 1, DateTimeOffset.UtcNow);
        var experts = network.Experts.Take(changes).ToList();

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        using var client = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await using var depth = await QueueDepth.OpenAsync(rig.BrokerUri, DirectoryUnderTest.Queue, cancellationToken);
        await using var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken);
        await publisher.PublishAllAsync(network.Hubs, cancellationToken);
        await publisher.PublishAllAsync([.. network.Heartbeats(DateTimeOffset.UtcNow)], cancellationToken);
        Console.WriteLine($"Filling the directory with {changes} experts…");
        await publisher.PublishAllAsync(experts, cancellationToken);
        await depth.WaitEmptyAsync(Deadline, cancellationToken);
        await Eventually.Until(() => DirectoryProgress.ExpertsAsync(client, "", cancellationToken), n => n == changes, Deadline, "every expert listed");
        await directory.StopAsync();

        var raw = await RawBrokerThroughput.RunAsync(rig.BrokerUri, changes, EnvelopeSample.For(experts[0], rig.BrokerUri), cancellationToken);
        var perEvent = await OutageAsync(rig, publisher, depth, experts, version: 2, groupCommit: false, cancellationToken);
        var grouped = await OutageAsync(rig, publisher, depth, experts, version: 3, groupCommit: true, cancellationToken);

        var report = new Report($"Catch-up after a directory outage ({changes} changes from 12 hubs)");
        report.Ratio($"catch-up: {changes} queued changes, restart → all applied", grouped.Total.TotalSeconds, "s",
            $"raw RabbitMQ.Client drain of {changes} queued", raw.Drain.TotalSeconds, "F2");
        report.Ratio("catch-up, restart → all applied, group commit", grouped.Total.TotalSeconds, "s",
            "one transaction per event (before 0016)", perEvent.Total.TotalSeconds, "F2");
        report.Ratio("catch-up rate after /health, group commit", grouped.Rate, "events/s", "one transaction per event", perEvent.Rate, "F0");
        report.Ratio("catch-up rate after /health, group commit ", grouped.Rate, "events/s", "raw drain", changes / raw.Drain.TotalSeconds, "F0");
        report.Note("catch-up details", $"/health answered after {Report.Number(grouped.Healthy.TotalSeconds, "F2")} s (group commit) and "
            + $"{Report.Number(perEvent.Healthy.TotalSeconds, "F2")} s (per event), consuming already; target: all applied within 10 s");
        report.Print();
        return 0;
    }

    private sealed record Outage(TimeSpan Total, TimeSpan Healthy, double Rate);

    private static async Task<Outage> OutageAsync(
        BenchmarkRig rig, NetworkPublisher publisher, QueueDepth depth, List<ExpertPublished> experts, int version, bool groupCommit,
        CancellationToken cancellationToken)
    {
        Console.WriteLine($"Measuring: directory down, {experts.Count} changes queued, then restarted ({(groupCommit ? "group commit" : "one transaction per event")})…");
        var marker = "Outage" + Guid.NewGuid().ToString("N")[..8];
        IReadOnlyList<ExpertPublished> updates = [.. experts.Select(e => e with { EventId = Guid.CreateVersion7(), Version = version, Bio = $"{e.Bio} {marker}" })];
        await publisher.PublishAllAsync(updates, cancellationToken);
        var clock = Stopwatch.StartNew();
        var directory = await DirectoryUnderTest.StartAsync(rig, groupCommit: groupCommit);
        var healthy = clock.Elapsed;
        var backlog = await depth.ReadyAsync(cancellationToken);
        using var client = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await depth.WaitEmptyAsync(Deadline, cancellationToken);
        await Eventually.Until(() => DirectoryProgress.ExpertsAsync(client, $"q={marker}", cancellationToken), n => n == experts.Count, Deadline, "every change applied");
        var total = clock.Elapsed;
        await directory.StopAsync();
        return new Outage(total, healthy, backlog / (total - healthy).TotalSeconds);
    }
}

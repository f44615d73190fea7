using System.Diagnostics;
using System.Globalization;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Contracts.Events;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// The projection's cost per event as the network grows: a fresh directory with 12, 120 or 1,200 hubs announced and
/// beating, then the same number of expert events spread over all of them, queued while it is down and drained on
/// restart. Cost = the directory process's CPU time (utime + stime) and wall time per event, counted from /health
/// (what it drained before is left out); the baseline is the same figure with 12 hubs.
/// </summary>
internal static class HubScaleBenchmark
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var sizes = options.Text("--hub-counts", "12,120,1200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var events = options.Number("--events", 10_000);
        var template = DemoNetwork.Create(1, events, DateTimeOffset.UtcNow).Experts;

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        await using var depth = await QueueDepth.OpenAsync(rig.BrokerUri, DirectoryUnderTest.Queue, cancellationToken);
        await using var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken);
        var results = new List<(int Hubs, int Drained, TimeSpan Cpu, TimeSpan Wall)>();
        foreach (var size in sizes)
        {
            Console.WriteLine($"Measuring: {size} hubs in the registry, {events} expert events queued, then drained…");
            var directory = await DirectoryUnderTest.StartAsync(rig, $"directory-{size}.db");
            using var client = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var now = DateTimeOffset.UtcNow;
            var hubs = SimulatedHubs.Announce(size, now);
            await publisher.PublishAllAsync(hubs, cancellationToken);
            await publisher.PublishAllAsync(SimulatedHubs.Heartbeats(hubs, 1, now), cancellationToken);
            await Eventually.Until(() => DirectoryProgress.HubsOnlineAsync(client, cancellationToken), n => n == size, Deadline, $"{size} hubs online");

            IReadOnlyList<ExpertPublished> stream = [.. template.Select((e, i) => e with { HubId = hubs[i % size].HubId, EventId = Guid.CreateVersion7() })];
            await directory.StopAsync();
            await publisher.PublishAllAsync(stream, cancellationToken);
            await directory.StartAsync();
            var pid = directory.ProcessId ?? throw new InvalidOperationException("the directory is not running");
            var cpu = ProcessStatus.CpuTime(pid);
            var drained = (int)await depth.ReadyAsync(cancellationToken);
            var clock = Stopwatch.StartNew();
            await depth.WaitEmptyAsync(Deadline, cancellationToken);
            await Eventually.Until(() => DirectoryProgress.ExpertsAsync(client, "", cancellationToken), n => n == events, Deadline, "every expert listed");
            results.Add((size, drained, ProcessStatus.CpuTime(pid) - cpu, clock.Elapsed));
            await directory.StopAsync();
        }

        var report = new Report($"Projection cost per event by network size ({events} expert events spread over every hub)");
        var (baseHubs, baseDrained, baseCpu, baseWall) = results[0];
        foreach (var (hubs, drained, cpu, wall) in results)
        {
            report.Ratio($"directory CPU per event, {hubs} hubs", cpu.TotalMicroseconds / drained, "µs", $"{baseHubs} hubs", baseCpu.TotalMicroseconds / baseDrained, "F0");
            report.Ratio($"wall time per event, {hubs} hubs", wall.TotalMicroseconds / drained, "µs", $"{baseHubs} hubs", baseWall.TotalMicroseconds / baseDrained, "F0");
        }

        report.Note("counted", string.Join("; ", results.Select(r => $"{r.Hubs} hubs: {r.Drained} events after /health in {Report.Number(r.Wall.TotalSeconds, "F2")} s")));
        report.Print();
        return 0;
    }
}

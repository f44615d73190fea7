using System.Diagnostics;
using System.Net.Http.Json;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ServiceDefaults.Security;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// Catch-up after a hub outage: the broker is unreachable while a real hub node takes N changes (new experts through
/// its API, so N events wait in its outbox); then the broker comes back and the time until the directory lists all N
/// is measured, from the moment the broker accepts connections (the relay's reconnect and backoff included, with
/// their production settings). Done with two hub nodes on the same broker in the same run: one with the relay's
/// publish window as shipped, one with a window of 1 (await every confirm before the next publish, the relay before
/// the window). Baseline: raw RabbitMQ.Client publish → consume of N messages on the same broker.
/// </summary>
internal static class HubCatchUpBenchmark
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var changes = options.Number("--changes", 10_000);
        var writers = options.Number("--writers", 8);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directory = await DirectoryUnderTest.StartAsync(rig);
        using var directoryClient = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var windowed = await StartHubAsync(rig, "lomazzo", publishWindow: null);
        var oneByOne = await StartHubAsync(rig, "ivrea", publishWindow: 1);
        await Eventually.Until(() => DirectoryProgress.HubsOnlineAsync(directoryClient, cancellationToken), n => n == 2, Deadline, "both hubs online");

        var raw = await RawBrokerThroughput.RunAsync(rig.BrokerUri, changes, EnvelopeSample.For(DemoNetwork.Create(1, 1, DateTimeOffset.UtcNow).Experts[0], rig.BrokerUri), cancellationToken);
        var before = await OutageAsync(rig, oneByOne, "ivrea", directoryClient, changes, writers, cancellationToken);
        var after = await OutageAsync(rig, windowed, "lomazzo", directoryClient, changes, writers, cancellationToken);

        var report = new Report($"Catch-up after a hub outage ({changes} changes waiting in one hub's outbox)");
        report.Ratio($"broker back → all {changes} listed in the directory", after.Total.TotalSeconds, "s",
            $"raw RabbitMQ.Client publish → consume of {changes}", raw.Live.TotalSeconds, "F2");
        report.Ratio("the same, relay as shipped", after.Total.TotalSeconds, "s", "relay awaiting each confirm (window 1)", before.Total.TotalSeconds, "F2");
        report.Ratio("rate after the first change was listed", after.Rate, "events/s", "window 1", before.Rate, "F0");
        report.Note("broker back → first change listed", $"{Report.Number(after.First.TotalSeconds, "F2")} s (window 1: {Report.Number(before.First.TotalSeconds, "F2")} s): reconnect and relay backoff");
        report.Note("changes taken while the broker was down", $"{changes} expert creations through the hub's API, {writers} concurrent writers, "
            + $"{Report.Number(after.Taking.TotalSeconds, "F1")} s (window-1 hub: {Report.Number(before.Taking.TotalSeconds, "F1")} s); target: all listed within 10 s");
        report.Print();
        return 0;
    }

    private sealed record Outage(TimeSpan Taking, TimeSpan First, TimeSpan Total, double Rate);

    private static async Task<ServiceProcess> StartHubAsync(BenchmarkRig rig, string hubId, int? publishWindow)
    {
        var environment = rig.ServiceEnvironment($"hub-{hubId}.db");
        environment["Hub__Id"] = hubId;
        if (publishWindow is { } window)
        {
            environment["Outbox__PublishWindow"] = window.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await rig.StartServiceAsync($"hub-{hubId}", "services", "Hubs.HubNode", environment);
    }

    private static async Task<Outage> OutageAsync(
        BenchmarkRig rig, ServiceProcess hub, string hubId, HttpClient directory, int changes, int writers, CancellationToken cancellationToken)
    {
        var marker = "HubOutage" + Guid.NewGuid().ToString("N")[..8];
        using var client = new HttpClient { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenIssuer.Staff(rig.Auth, hubId));

        Console.WriteLine($"Broker stopped; {changes} changes at {hubId}…");
        await rig.Broker.StopAsync();
        var taking = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < changes; i = Interlocked.Increment(ref next))
            {
                using var created = await client.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
                {
                    name = $"Esperto {marker} {i:D5} (demo)",
                    title = "Consulente",
                    bio = "Demo data — invented person used to measure a hub's catch-up.",
                    competencies = new[] { "ecommerce" },
                    languages = new[] { "it" },
                }, cancellationToken);
                created.EnsureSuccessStatusCode();
            }
        }));
        taking.Stop();

        await rig.Broker.StartAsync();
        var clock = Stopwatch.StartNew();
        var query = $"hub={hubId}&q={marker}";
        await Eventually.Until(() => DirectoryProgress.ExpertsAsync(directory, query, cancellationToken), n => n > 0, Deadline, "the first change listed");
        var first = clock.Elapsed;
        await Eventually.Until(() => DirectoryProgress.ExpertsAsync(directory, query, cancellationToken), n => n == changes, Deadline, "every change listed");
        var total = clock.Elapsed;
        Console.WriteLine($"{hubId}: first listed after {first.TotalSeconds:F2} s, all {changes} after {total.TotalSeconds:F2} s");
        return new Outage(taking.Elapsed, first, total, (changes - 1) / (total - first).TotalSeconds);
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Hubs.Benchmarks.Directory;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Contracts.Events;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Network;

/// <summary>
/// The coordinators' live figures (issue 14, decision 0029). Latency: a consultation booked at a hub (its event
/// published) until a watcher polling <c>GET /api/directory/stats</c> every 2 s (as the page does) with If-None-Match — as
/// network-live.js does through the portal — sees a new tag; baseline: the same change seen by a watcher polling every
/// 20 ms (projection + query alone). The portal's page fetch after a change (one page, tens of ms) is not in it.
/// Cost: the directory's CPU time over the same wall time with no watcher and with 10, vs none; then the same on the same
/// store with the statistics computed on every poll (Directory:KeepStatistics=false), to show what the kept answer saves.
/// </summary>
internal static class LiveFiguresBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var events = options.Number("--events", 50);
        var watchers = options.Number("--watchers", 10);
        var seconds = options.Number("--seconds", 30);
        var pollMs = options.Number("--poll-ms", 2000);

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        await using var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken);
        var directory = await DirectoryUnderTest.StartAsync(rig, "directory-live.db");
        var token = Hubs.ServiceDefaults.Security.TokenIssuer.Coordinator(rig.Auth);
        var now = DateTimeOffset.UtcNow;
        var hubs = SimulatedHubs.Announce(12, now);
        await publisher.PublishAllAsync(hubs, cancellationToken);
        await publisher.PublishAllAsync(SimulatedHubs.Heartbeats(hubs, 1, now), cancellationToken);
        using var probe = Client(directory, token);
        await Eventually.Until(() => DirectoryProgress.HubsOnlineAsync(probe, cancellationToken), n => n == hubs.Count, TimeSpan.FromMinutes(2), "12 hubs online");

        Console.WriteLine($"Measuring: {events} bookings, each seen by a watcher polling every {pollMs} ms and one polling every 20 ms…");
        var screen = new Latencies();
        var baseline = new Latencies();
        var random = new Random(14);
        for (var i = 0; i < events; i++)
        {
            var known = (await TagAsync(probe, null, cancellationToken))!;
            // A random phase between the event and the page's poll, as for a coordinator who opened the page at any time.
            var phase = TimeSpan.FromMilliseconds(random.Next(pollMs));
            var started = Stopwatch.GetTimestamp();
            await publisher.PublishAsync(Booked(hubs[i % hubs.Count].HubId, now), cancellationToken);
            var fast = WatchAsync(directory, token, known, TimeSpan.Zero, TimeSpan.FromMilliseconds(20), cancellationToken);
            var slow = WatchAsync(directory, token, known, phase, TimeSpan.FromMilliseconds(pollMs), cancellationToken);
            await Task.WhenAll(fast, slow);
            baseline.Add((await fast - started) * 1000.0 / Stopwatch.Frequency);
            screen.Add((await slow - started) * 1000.0 / Stopwatch.Frequency);
        }

        Console.WriteLine($"Measuring: the directory's CPU over {seconds} s with no watcher, then with {watchers} polling every {pollMs} ms…");
        var pid = directory.ProcessId ?? throw new InvalidOperationException("the directory is not running");
        var idle = await CpuOverAsync(pid, seconds, 0, directory, token, pollMs, cancellationToken);
        var watched = await CpuOverAsync(pid, seconds, watchers, directory, token, pollMs, cancellationToken);
        await directory.StopAsync();

        // The same store, the answer computed on every poll (Directory:KeepStatistics=false): what the kept answer saves.
        Console.WriteLine($"Measuring: the same with the statistics computed on every poll…");
        var computing = await DirectoryUnderTest.StartAsync(rig, "directory-live.db", keepStatistics: false);
        using (var computingProbe = Client(computing, token))
        {
            await Eventually.Until(() => TagAsync(computingProbe, null, cancellationToken), tag => tag is not null, TimeSpan.FromMinutes(1), "the restarted directory's statistics");
        }

        var computingPid = computing.ProcessId ?? throw new InvalidOperationException("the directory is not running");
        // A fresh process compiles and warms up for a while: watched once, unmeasured, then left to settle.
        await CpuOverAsync(computingPid, 10, watchers, computing, token, pollMs, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var computingIdle = await CpuOverAsync(computingPid, seconds, 0, computing, token, pollMs, cancellationToken);
        var computingWatched = await CpuOverAsync(computingPid, seconds, watchers, computing, token, pollMs, cancellationToken);
        await computing.StopAsync();

        var report = new Report($"Live figures: booking → coordinator's poll, {events} events; directory CPU with 0 and {watchers} watchers");
        report.Ratio($"event → screen p50 (poll {pollMs} ms)", screen.P50, "ms", "poll 20 ms", baseline.P50);
        report.Ratio($"event → screen p99 (poll {pollMs} ms)", screen.P99, "ms", "poll 20 ms", baseline.P99);
        report.Ratio($"directory CPU, {watchers} watchers (answer kept)", watched.TotalMilliseconds / seconds, "ms/s", "no watcher", idle.TotalMilliseconds / seconds);
        report.Ratio($"directory CPU, {watchers} watchers (computed every poll)", computingWatched.TotalMilliseconds / seconds, "ms/s", "no watcher", computingIdle.TotalMilliseconds / seconds);
        report.Ratio($"watchers' CPU, answer kept", (watched - idle).TotalMilliseconds / seconds, "ms/s", "computed every poll", (computingWatched - computingIdle).TotalMilliseconds / seconds);
        report.Note("not counted", "the portal's page fetch after a change (one server-rendered page)");
        report.Print();
        return 0;
    }

    private static ConsultationBooked Booked(string hubId, DateTimeOffset now)
    {
        var start = now.AddDays(1);
        return new ConsultationBooked
        {
            HubId = hubId,
            EventId = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            Version = 1,
            BookingId = Guid.NewGuid(),
            CaseId = Guid.NewGuid(),
            ExpertId = Guid.NewGuid(),
            Kind = "brainstorming",
            Start = start,
            End = start.AddMinutes(45),
            Topics = ["ai-data"],
            AtecoSection = "C",
            SizeClass = "micro",
            ProvinceCode = "CO",
        };
    }

    private static HttpClient Client(ServiceProcess directory, string token)
    {
        var client = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The stats' tag; null when it is still <paramref name="known"/> (304).</summary>
    private static async Task<string?> TagAsync(HttpClient client, string? known, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/stats");
        if (known is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(known));
        }

        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotModified ? null : response.Headers.ETag!.Tag;
    }

    /// <summary>Polls after <paramref name="phase"/> every <paramref name="every"/> until the tag changes; the timestamp it did.</summary>
    private static async Task<long> WatchAsync(
        ServiceProcess directory, string token, string known, TimeSpan phase, TimeSpan every, CancellationToken cancellationToken)
    {
        using var client = Client(directory, token);
        await Task.Delay(phase, cancellationToken);
        while (true)
        {
            if (await TagAsync(client, known, cancellationToken) is not null)
            {
                return Stopwatch.GetTimestamp();
            }

            await Task.Delay(every, cancellationToken);
        }
    }

    private static async Task<TimeSpan> CpuOverAsync(
        int pid, int seconds, int watchers, ServiceProcess directory, string token, int pollMs, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var before = ProcessStatus.CpuTime(pid);
        var polling = Enumerable.Range(0, watchers).Select(async w =>
        {
            using var client = Client(directory, token);
            var known = await TagAsync(client, null, stop.Token);
            await Task.Delay(pollMs * w / Math.Max(1, watchers), stop.Token);
            while (!stop.IsCancellationRequested)
            {
                known = await TagAsync(client, known, stop.Token) ?? known;
                await Task.Delay(pollMs, stop.Token);
            }
        }).ToList();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        var used = ProcessStatus.CpuTime(pid) - before;
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(polling);
        }
        catch (OperationCanceledException)
        {
            // The watchers stop when the measure ends.
        }

        return used;
    }
}

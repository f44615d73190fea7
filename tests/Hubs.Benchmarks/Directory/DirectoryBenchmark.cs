using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Contracts.Events;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// The directory (Release build, SQLite) behind one gateway, on a broker node of its own, fed by events published
/// straight to the broker as hubs would: projection throughput against raw RabbitMQ.Client on the same broker, then
/// search and referral latency through the gateway against the gateway's own GET /alive, in turns.
/// </summary>
internal static class DirectoryBenchmark
{
    /// <summary>The directory's queue (Hubs.Directory's DirectoryEndpoint.Name).</summary>
    private const string DirectoryQueue = "directory";

    // Generous: on a busy two-core machine filling the directory takes a minute or two.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var hubCount = options.Number("--hubs", DemoNetwork.MaxHubs);
        var perHub = options.Number("--experts-per-hub", 2000);
        var events = options.Number("--events", 20_000);
        var requests = options.Number("--requests", 200);
        var network = DemoNetwork.Create(hubCount, perHub, DateTimeOffset.UtcNow);
        if (events > network.Experts.Count)
        {
            throw new ArgumentException($"--events {events} is more than the {network.Experts.Count} experts of the network");
        }

        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", TestPorts.Benchmarks));
        var directoryEnvironment = rig.ServiceEnvironment("directory.db");
        directoryEnvironment["Directory__ResyncOnStart"] = "false";
        // The benchmark speaks for all hubs as one broker user, so the check that an event's user_id is its hub's own is
        // off; it compares one header per event. The suspended-hub check still runs.
        directoryEnvironment["Messaging__VerifyHubIdentity"] = "false";
        var directory = await rig.StartServiceAsync("directory", "services", "Hubs.Directory", directoryEnvironment);

        // Only the directory route is measured; the other upstreams point at a loopback port nobody listens on.
        var nowhere = $"http://127.0.0.1:{FreePort.Next()}/";
        var gateway = await rig.StartServiceAsync("gateway", "gateway", "Hubs.Gateway", new()
        {
            ["Auth__SigningKey"] = rig.Auth.SigningKey!,
            ["Federation__DirectoryUrl"] = directory.BaseAddress.ToString(),
            ["Federation__ExchangeUrl"] = nowhere,
            [$"Federation__Hubs__{network.Hubs[0].HubId}"] = nowhere,
            // One client measuring latency, not the per-address limiter (docs/decisions/0010): the limiter still runs.
            ["Gateway__RateLimits__PerAddress__PermitsPerSecond"] = "1000000",
            ["Gateway__RateLimits__PerAddress__Burst"] = "1000000",
        });
        using var directoryClient = new HttpClient { BaseAddress = directory.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var gatewayClient = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await using var depth = await QueueDepth.OpenAsync(rig.BrokerUri, DirectoryQueue, cancellationToken);

        await using var publisher = await NetworkPublisher.StartAsync(rig.BrokerUri, cancellationToken);
        await publisher.PublishAllAsync(network.Hubs, cancellationToken);
        await publisher.PublishAllAsync([.. network.Heartbeats(DateTimeOffset.UtcNow)], cancellationToken);
        await WithLogOnTimeout(directory, Eventually.Until(
            () => HubsOnlineAsync(directoryClient, cancellationToken), n => n == hubCount, TimeSpan.FromMinutes(1), $"{hubCount} hubs online"));
        await TotalAsync(directoryClient, "", cancellationToken);
        var emptyMiB = ProcessStatus.ResidentMiB(directory.ProcessId!.Value);

        var body = EnvelopeSample.For(network.Experts[0], rig.BrokerUri);
        Console.WriteLine($"Measuring: raw RabbitMQ.Client, {events} messages of {body.Length} bytes (live, then publish-only and drain)…");
        var raw = await RawBrokerThroughput.RunAsync(rig.BrokerUri, events, body, cancellationToken);

        // Live, on an empty directory: new experts published as fast as confirms allow while the directory consumes.
        Console.WriteLine($"Measuring: {events} ExpertPublished (new experts) published while the directory consumes…");
        var clock = Stopwatch.StartNew();
        await publisher.PublishAllAsync([.. network.Experts.Take(events)], cancellationToken);
        var livePublished = clock.Elapsed;
        await depth.WaitEmptyAsync(Deadline, cancellationToken);
        await Eventually.Until(() => TotalAsync(directoryClient, "", cancellationToken), n => n >= events, Deadline, $"{events} experts listed");
        var live = clock.Elapsed;

        // The fill grows with the network (240,000 experts and their summaries for --hubs 120): so does its deadline.
        var fillDeadline = Deadline * Math.Max(1, network.Experts.Count / 24_000.0);
        var filled = network.Experts.Count - events + network.Availability.Count;
        Console.WriteLine($"Filling the directory to {network.Experts.Count} experts with their availability summaries ({filled} events)…");
        clock.Restart();
        await publisher.PublishAllAsync([.. network.Experts.Skip(events)], cancellationToken);
        await publisher.PublishAllAsync(network.Availability, cancellationToken);
        await depth.WaitEmptyAsync(fillDeadline, cancellationToken);
        await Eventually.Until(() => TotalAsync(directoryClient, "", cancellationToken), n => n == network.Experts.Count, fillDeadline, "every expert listed");
        await Eventually.Until(() => TotalAsync(directoryClient, "freeWithinDays=365", cancellationToken), n => n == network.ExpertsWithFreeSlot,
            fillDeadline, "every availability summary applied");
        var fill = clock.Elapsed;
        var fullMiB = ProcessStatus.ResidentMiB(directory.ProcessId!.Value);

        // Backlog: while the directory is down, hubs republish their experts (as a resync does); it then catches up.
        Console.WriteLine($"Measuring: {events} ExpertPublished (new versions) queued while the directory is stopped, then drained…");
        var marker = "Resync" + Guid.NewGuid().ToString("N")[..8];
        IReadOnlyList<ExpertPublished> updates =
        [
            .. network.Experts.Take(events).Select(e => e with { EventId = Guid.CreateVersion7(), Version = 2, Bio = $"{e.Bio} {marker}" }),
        ];
        await directory.StopAsync();
        clock.Restart();
        await publisher.PublishAllAsync(updates, cancellationToken);
        var publishOnly = clock.Elapsed;
        await directory.StartAsync();
        clock.Restart();
        var backlog = await depth.ReadyAsync(cancellationToken);
        await depth.WaitEmptyAsync(Deadline, cancellationToken);
        await Eventually.Until(() => TotalAsync(directoryClient, $"q={marker}", cancellationToken), n => n == events, Deadline, "every new version applied");
        var drain = clock.Elapsed;

        // The first calls after the restart build what the directory makes on first use (the hubs' referral aggregates,
        // the search indexes): straight to the directory, without the gateway's 10 s cut-off, and timed.
        var direct = new DirectoryRequests(directoryClient);
        clock.Restart();
        await direct.ReferAsync(0, cancellationToken);
        var firstReferral = clock.Elapsed;
        clock.Restart();
        await direct.SearchAsync(0, cancellationToken);
        var firstSearch = clock.Elapsed;
        await Interleaved.RunAsync(DirectoryRequests.Searches.Length, [direct.SearchAsync, direct.ReferAsync], cancellationToken);

        var calls = new DirectoryRequests(gatewayClient);
        await Interleaved.RunAsync(DirectoryRequests.Searches.Length * 2, [calls.AliveAsync, calls.SearchAsync, calls.ReferAsync], cancellationToken);
        var measured = new DirectoryRequests(gatewayClient);
        Console.WriteLine($"Measuring: gateway /alive, search and referral in turns, {requests} each…");
        var latencies = await Interleaved.RunAsync(requests, [measured.AliveAsync, measured.SearchAsync, measured.ReferAsync], cancellationToken);
        var (alive, search, referral) = (latencies[0], latencies[1], latencies[2]);

        var report = new Report($"Directory through the gateway ({hubCount} hubs × {perHub} experts) and its projection");
        report.Ratio("expert search p50 (mix of 10 queries)", search.P50, "ms", "gateway GET /alive p50", alive.P50);
        report.Ratio("expert search p99 (mix of 10 queries)", search.P99, "ms", "gateway GET /alive p99", alive.P99);
        report.Ratio("POST /api/directory/referrals p50", referral.P50, "ms", "gateway GET /alive p50", alive.P50);
        report.Ratio("POST /api/directory/referrals p99", referral.P99, "ms", "gateway GET /alive p99", alive.P99);
        report.Note("directory content", $"{network.Experts.Count} experts ({network.ExpertsWithFreeSlot} with a free slot), {network.FacetGroups} distinct (hub, competencies, languages) groups");
        report.Note("directory VmRSS", $"{Report.Number(emptyMiB)} MiB with the hubs only, {Report.Number(fullMiB)} MiB with {network.Experts.Count} experts and their summaries: "
            + $"{Report.Number((fullMiB - emptyMiB) / (network.Experts.Count / 10_000.0))} MiB per 10,000 experts (read model, SQLite page cache and garbage not yet collected)");
        report.Note("first calls after the restart", $"straight to the directory: a referral {Report.Number(firstReferral.TotalSeconds, "F2")} s, then a search {Report.Number(firstSearch.TotalSeconds, "F2")} s");
        report.Note("latency calls", $"{requests} of each, sequential, in turns (alive, search, referral), after {DirectoryRequests.Searches.Length * 2} rounds of warm-up");
        report.Ratio($"projection, live: {events} new experts published as fast as possible → all listed", events / live.TotalSeconds, "events/s",
            "raw publish → consume, live", events / raw.Live.TotalSeconds, "F0");
        report.Ratio($"projection, backlog: {backlog} queued new versions → all applied", backlog / drain.TotalSeconds, "events/s",
            $"raw consume of {events} queued", events / raw.Drain.TotalSeconds, "F0");
        report.Ratio($"projection, fill: {filled} experts and summaries published as fast as possible → all applied", filled / fill.TotalSeconds, "events/s",
            "raw publish → consume, live", events / raw.Live.TotalSeconds, "F0");
        report.Ratio($"publishing {events} events with confirms (MassTransit, window {PublishWindow.DefaultSize})", events / publishOnly.TotalSeconds, "msgs/s",
            "raw RabbitMQ.Client publish", events / raw.PublishOnly.TotalSeconds, "F0");
        report.Note("projection details",
            $"live: publishing took {Report.Number(livePublished.TotalSeconds, "F2")} s, all listed after {Report.Number(live.TotalSeconds, "F2")} s; "
            + $"backlog: {events - backlog} of {events} were applied before the restarted directory answered /health, the other {backlog} took {Report.Number(drain.TotalSeconds, "F2")} s");
        report.Note("raw baseline details",
            $"live {Report.Number(raw.Live.TotalSeconds, "F2")} s, publish-only {Report.Number(raw.PublishOnly.TotalSeconds, "F2")} s, drain {Report.Number(raw.Drain.TotalSeconds, "F2")} s; "
            + $"quorum queue, persistent, confirms, prefetch 100, {body.Length}-byte bodies");
        report.Print();

        var byQuery = new Report($"Expert search by query ({requests / DirectoryRequests.Searches.Length} calls each)");
        for (var q = 0; q < DirectoryRequests.Searches.Length; q++)
        {
            byQuery.Ratio($"`{DirectoryRequests.Searches[q]}` p50", measured.ByQuery[q].P50, "ms", "gateway GET /alive p50", alive.P50);
        }

        byQuery.Print();
        return 0;
    }

    /// <summary>A directory that refuses or drops the events shows why in its log: put the end of it in the failure.</summary>
    private static async Task WithLogOnTimeout<T>(ServiceProcess directory, Task<T> wait)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\nLast lines of the directory's output:\n{string.Join('\n', directory.Output.TakeLast(20))}", timeout);
        }
    }

    private static async Task<int> HubsOnlineAsync(HttpClient directory, CancellationToken cancellationToken)
    {
        var hubs = await directory.GetFromJsonAsync<JsonArray>("/api/directory/hubs", cancellationToken);
        return hubs!.Count(h => h!["status"]!.GetValue<string>() == "online");
    }

    private static async Task<long> TotalAsync(HttpClient directory, string filter, CancellationToken cancellationToken)
    {
        var page = await directory.GetFromJsonAsync<JsonObject>($"/api/directory/experts?pageSize=1&{filter}", cancellationToken);
        return page!["total"]!.GetValue<long>();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.GatewayFailover;

/// <summary>
/// Scenario 6: a hub's process killed while every hub is being called through the gateway. From the kill on, each call
/// for that hub is answered 503 (problem+json) in under 2 seconds (a functional requirement, timed per call), and the
/// other hubs answer 200 throughout, at the same time. Restarted, the hub is routed again and stays routed.
/// </summary>
public sealed class HubDownUnderLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Victim = "novara";
    private static readonly string[] HubIds = ["ivrea", Victim, "pisa"];
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    // Ten calls a second per hub: under the gateway's per-token (20/s) and per-address (50/s) limits.
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubIds);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (_federation is not null)
        {
            await _federation.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_hub_killed_under_load_gets_503_problems_within_two_seconds_while_the_others_keep_answering()
    {
        var clock = Stopwatch.StartNew();
        var calls = new ConcurrentQueue<TimedCall>();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(HubIds.Select(h => Task.Run(() => CallAsync(h, clock, calls, stop.Token))));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var killing = clock.Elapsed;
        await _federation.Hubs[Victim].StopAsync();
        var killed = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(6));
        var restarting = clock.Elapsed;
        await _federation.Hubs[Victim].StartAsync();
        var restarted = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(25));
        await stop.CancelAsync();
        await load;

        var beforeKill = calls.Where(c => c.EndedAt < killing).ToList();
        var victimAfterKill = calls.Where(c => c.HubId == Victim && c.StartedAt >= killed && c.EndedAt < restarting).ToList();
        var victimBack = calls.Where(c => c.HubId == Victim && c.StartedAt >= restarted).OrderBy(c => c.StartedAt).ToList();
        var firstOk = victimBack.FirstOrDefault(c => c.Status == HttpStatusCode.OK);
        var flaps = firstOk is null ? 0 : victimBack.Count(c => c.StartedAt > firstOk.StartedAt && c.Status != HttpStatusCode.OK);
        var victimInFlight = calls.Where(c => c.HubId == Victim && c.StartedAt < killed && c.EndedAt >= killing).ToList();
        var othersDuringOutage = calls.Where(c => c.HubId != Victim && c.EndedAt >= killing).ToList();
        var victimTimes = victimAfterKill.Concat(victimInFlight).Select(c => c.Took).Order().ToList();

        ReliabilityReport.Print(output, "hub-down",
            ("calls", calls.Count),
            ("down-hub-calls", victimAfterKill.Count),
            ("down-hub-503", victimAfterKill.Count(c => c.Status == HttpStatusCode.ServiceUnavailable)),
            ("in-flight-at-kill", victimInFlight.Count),
            ("slowest-503", victimTimes.Count > 0 ? victimTimes[^1] : TimeSpan.Zero),
            ("median-503-ms", victimTimes.Count > 0 ? (long)victimTimes[victimTimes.Count / 2].TotalMilliseconds : 0),
            ("back-after-restart", firstOk is null ? "never" : (object)(firstOk.EndedAt - restarted)),
            ("503-after-back", flaps),
            ("other-hubs-calls", othersDuringOutage.Count),
            ("other-hubs-200", othersDuringOutage.Count(c => c.Status == HttpStatusCode.OK)));

        // The killed hub's answers as runs ("503×56 from +0.1s"), relative to the kill: how the gateway saw it go and come back.
        foreach (var run in Runs(calls.Where(c => c.HubId == Victim && c.EndedAt >= killing).OrderBy(c => c.StartedAt), killing))
        {
            output.WriteLine(run);
        }

        output.WriteLine($"restart began at +{(restarting - killing).TotalSeconds:0.0}s, the hub was healthy at +{(restarted - killing).TotalSeconds:0.0}s");
        foreach (var line in _federation.Gateway.Output.Where(l => l.Contains("health", StringComparison.OrdinalIgnoreCase)).Take(30))
        {
            output.WriteLine("gateway: " + line);
        }

        Assert.All(beforeKill, c => Assert.Equal(HttpStatusCode.OK, c.Status));
        Assert.True(victimAfterKill.Count >= 20, $"only {victimAfterKill.Count} calls reached the killed hub's routes");
        Assert.All(victimAfterKill, c =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, c.Status);
            Assert.Equal("application/problem+json", c.MediaType);
        });
        Assert.All(victimInFlight, c => Assert.Contains(c.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.All(victimAfterKill.Concat(victimInFlight), c => Assert.True(c.Took < Limit, $"a call for the killed hub took {c.Took}"));
        // Back once restarted, and for good: the gateway must not cut the hub off again for the failures it already paid for.
        Assert.NotNull(firstOk);
        Assert.Equal(0, flaps);
        Assert.True(othersDuringOutage.Count >= 40, $"only {othersDuringOutage.Count} calls to the other hubs during the outage");
        Assert.All(othersDuringOutage, c => Assert.Equal(HttpStatusCode.OK, c.Status));
    }

    private static IEnumerable<string> Runs(IEnumerable<TimedCall> calls, TimeSpan origin)
    {
        TimedCall? first = null;
        var count = 0;
        foreach (var call in calls.Append(null))
        {
            if (first is not null && (call is null || call.Status != first.Status))
            {
                yield return $"{(int)first.Status}×{count} from +{(first.StartedAt - origin).TotalSeconds:0.0}s";
                count = 0;
                first = null;
            }

            if (call is not null)
            {
                first ??= call;
                count++;
            }
        }
    }

    private async Task CallAsync(string hubId, Stopwatch clock, ConcurrentQueue<TimedCall> calls, CancellationToken stop)
    {
        var gateway = _federation.GatewayClient;
        while (!stop.IsCancellationRequested)
        {
            var started = clock.Elapsed;
            var took = Stopwatch.StartNew();
            using var response = await gateway.GetAsync($"/api/hubs/{hubId}/experts", CancellationToken.None);
            await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            took.Stop();
            calls.Enqueue(new TimedCall(hubId, started, took.Elapsed, response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            var pause = Pace - took.Elapsed;
            if (pause > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(pause, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

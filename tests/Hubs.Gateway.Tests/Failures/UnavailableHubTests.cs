using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Failures;

/// <summary>A hub that is down is answered for with a 503 problem within 2 seconds, and no other hub notices.</summary>
public sealed class UnavailableHubTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_hub_nobody_listens_for_gets_a_503_problem_within_two_seconds_while_another_hub_answers()
    {
        var closed = await Upstream.ClosedAddressAsync();
        await using var federation = await TestFederation.StartAsync(["beta"], new Dictionary<string, Uri> { ["gamma"] = closed });

        var clock = Stopwatch.StartNew();
        var down = federation.Client.GetAsync("/api/hubs/gamma/experts");
        var during = await federation.Client.GetAsync("/api/hubs/beta/experts");
        using var response = await down;
        clock.Stop();

        Assert.True(clock.Elapsed < Limit, $"the gateway took {clock.Elapsed} to answer for a hub that is down");
        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Hub gamma is unavailable", problem["title"]!.GetValue<string>());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        using var after = await federation.Client.GetAsync("/api/hubs/beta/experts");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_hub_stopped_after_answering_gets_a_503_problem_within_two_seconds()
    {
        await using var federation = await TestFederation.StartAsync(["alpha", "beta"]);
        using (var before = await federation.Client.GetAsync("/api/hubs/alpha/experts"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await federation.Upstreams["alpha"].StopAsync();

        var clock = Stopwatch.StartNew();
        using var response = await federation.Client.PostAsJsonAsync("/api/hubs/alpha/bookings", new { topic = "cybersecurity" });
        clock.Stop();

        Assert.True(clock.Elapsed < Limit, $"the gateway took {clock.Elapsed} to answer for a stopped hub");
        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Hub alpha is unavailable", problem["title"]!.GetValue<string>());
        using var other = await federation.Client.GetAsync("/api/hubs/beta/experts");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_hub_that_accepts_but_never_answers_is_cut_at_the_activity_timeout_while_others_answer()
    {
        await using var hanging = new HangingUpstream();
        await using var federation = await TestFederation.StartAsync(
            ["beta"],
            new Dictionary<string, Uri> { ["delta"] = hanging.Address },
            new Dictionary<string, string> { ["Federation:ActivityTimeout"] = "00:00:01" });

        using (var warm = await federation.Client.GetAsync("/api/hubs/beta/experts"))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        var stuck = federation.Client.GetAsync("/api/hubs/delta/experts");
        for (var i = 0; i < 5; i++)
        {
            var beta = Stopwatch.StartNew();
            using var during = await federation.Client.GetAsync("/api/hubs/beta/experts");
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
            Assert.True(beta.Elapsed < TimeSpan.FromMilliseconds(500), $"beta took {beta.Elapsed} while delta hung");
        }

        Assert.False(stuck.IsCompleted, "delta was answered for before beta's calls were done: they did not overlap");

        using var response = await stuck;
        clock.Stop();

        Assert.True(clock.Elapsed < Limit, $"the gateway took {clock.Elapsed} to give up on a hanging hub");
        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Hub delta is unavailable", problem["title"]!.GetValue<string>());
        Assert.Contains("in time", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(hanging.Accepted > 0, "the hanging hub never saw a connection");
    }

    [Fact]
    public async Task A_write_to_a_hub_that_dies_while_handling_it_is_a_503_saying_it_may_have_been_applied()
    {
        await using var dying = new DroppingUpstream();
        await using var federation = await TestFederation.StartAsync(["beta"], new Dictionary<string, Uri> { ["delta"] = dying.Address });

        using var write = await federation.Client.PostAsJsonAsync("/api/hubs/delta/bookings", new { topic = "cybersecurity" });
        using var read = await federation.Client.GetAsync("/api/hubs/delta/experts");

        Assert.True(dying.Dropped >= 2, $"the hub dropped {dying.Dropped} requests");
        var problem = await ProblemAssertions.AssertProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("may or may not have been applied", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var readProblem = await ProblemAssertions.AssertProblemAsync(read, HttpStatusCode.ServiceUnavailable);
        Assert.DoesNotContain("applied", readProblem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_to_a_hub_nobody_listens_for_says_plainly_that_it_was_not_reached()
    {
        await using var federation = await TestFederation.StartAsync(["beta"], new Dictionary<string, Uri> { ["gamma"] = await Upstream.ClosedAddressAsync() });

        using var write = await federation.Client.PostAsJsonAsync("/api/hubs/gamma/bookings", new { topic = "cybersecurity" });

        var problem = await ProblemAssertions.AssertProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("cannot be reached", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_hub_fails_its_probes_and_is_then_answered_at_once_even_with_a_long_activity_timeout()
    {
        await using var hanging = new HangingUpstream();
        await using var federation = await TestFederation.StartAsync(
            ["beta"],
            new Dictionary<string, Uri> { ["delta"] = hanging.Address },
            new Dictionary<string, string>
            {
                ["Federation:ActivityTimeout"] = "00:00:30",
                ["Federation:HealthProbeInterval"] = "00:00:00.300",
                ["Federation:HealthProbeTimeout"] = "00:00:00.200",
            });

        await Eventually.HoldsAsync(
            async () => !await IsRoutedAsync(federation, "delta"),
            TimeSpan.FromSeconds(10),
            "the gateway stops routing to a hub whose probes hang");

        var clock = Stopwatch.StartNew();
        using var response = await federation.Client.GetAsync("/api/hubs/delta/experts");
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"an unhealthy hub took {clock.Elapsed} to be answered for");
        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.True(await IsRoutedAsync(federation, "beta"));
        using var other = await federation.Client.GetAsync("/api/hubs/beta/experts");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_directory_and_the_exchange_down_get_503_problems_naming_them()
    {
        await using var federation = await TestFederation.StartAsync(
            ["alpha"],
            settings: new Dictionary<string, string>
            {
                ["Federation:DirectoryUrl"] = (await Upstream.ClosedAddressAsync()).ToString(),
                ["Federation:ExchangeUrl"] = (await Upstream.ClosedAddressAsync()).ToString(),
            });

        var clock = Stopwatch.StartNew();
        using var directory = await federation.Client.GetAsync("/api/directory/experts?q=x");
        using var exchange = await federation.Client.GetAsync("/api/practices");
        clock.Stop();

        Assert.True(clock.Elapsed < Limit, $"the gateway took {clock.Elapsed} to answer for two services that are down");
        Assert.Equal("The directory is unavailable", (await ProblemAssertions.AssertProblemAsync(directory, HttpStatusCode.ServiceUnavailable))["title"]!.GetValue<string>());
        Assert.Equal("The exchange is unavailable", (await ProblemAssertions.AssertProblemAsync(exchange, HttpStatusCode.ServiceUnavailable))["title"]!.GetValue<string>());
        using var hub = await federation.Client.GetAsync("/api/hubs/alpha/experts");
        Assert.Equal(HttpStatusCode.OK, hub.StatusCode);
    }

    private static async Task<bool> IsRoutedAsync(TestFederation federation, string hubId)
    {
        var hubs = await federation.Client.GetFromJsonAsync<JsonArray>("/api/federation/hubs");
        return hubs!.Single(h => h!["id"]!.GetValue<string>() == hubId)!["routed"]!.GetValue<bool>();
    }
}

using System.Net;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Failures;

/// <summary>
/// A hub that failed real traffic and came back is routed again once its passive cut-off ends, and then stays routed:
/// the failures that cut it off must no longer count against it (found by the fault-injection suite, where a hub
/// restarted after a SIGKILL answered once and was then cut off for another ten seconds).
/// </summary>
public sealed class RecoveredHubTests
{
    [Fact]
    public async Task A_hub_that_failed_a_burst_of_calls_and_recovered_stays_routed_once_it_answers_again()
    {
        await using var alpha = await FlakyUpstream.StartAsync();
        await using var federation = await TestFederation.StartAsync(
            ["beta"],
            new Dictionary<string, Uri> { ["alpha"] = alpha.Address },
            new Dictionary<string, string>
            {
                ["Federation:HealthProbeInterval"] = "00:00:01",
                ["Federation:HealthProbeTimeout"] = "00:00:00.500",
            });

        // Traffic, then a burst of calls that all fail at once (a crash under load), then the hub is back at once.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(federation, "alpha"));
        }

        alpha.Failing = true;
        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => StatusAsync(federation, "alpha")));
        alpha.Failing = false;
        Assert.All(burst, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));

        await Eventually.HoldsAsync(
            async () => await StatusAsync(federation, "alpha") == HttpStatusCode.OK,
            TimeSpan.FromSeconds(20),
            "the gateway routes to the recovered hub again");

        // Once back, every call goes through: no second cut-off for the failures already paid for.
        var after = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            after.Add(await StatusAsync(federation, "alpha"));
            await Task.Delay(100);
        }

        Assert.All(after, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static async Task<HttpStatusCode> StatusAsync(TestFederation federation, string hubId)
    {
        using var response = await federation.Client.GetAsync($"/api/hubs/{hubId}/experts");
        return response.StatusCode;
    }
}

using System.Diagnostics;
using System.Net;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Federation;

/// <summary>A hub that is down is answered for quickly by the gateway, and the others go on.</summary>
public sealed class GatewayAvailabilityTests(GatewayAvailabilityTests.Hubs hubs) : IClassFixture<GatewayAvailabilityTests.Hubs>
{
    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture("novara", "caserta");

    [Fact]
    public async Task A_stopped_hub_gets_a_503_problem_within_two_seconds_while_another_hub_still_answers()
    {
        var client = _federation.GatewayClient;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/hubs/caserta/experts")).StatusCode);

        await _federation.Hubs["caserta"].StopAsync();

        var clock = Stopwatch.StartNew();
        using var down = await client.GetAsync("/api/hubs/caserta/experts");
        clock.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"the gateway took {clock.Elapsed} to answer for a stopped hub");
        var body = await down.Content.ReadAsStringAsync();
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);

        using var up = await client.GetAsync("/api/hubs/novara/experts");
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    [Fact]
    public async Task An_unknown_hub_gets_a_404_problem()
    {
        using var response = await _federation.GatewayClient.GetAsync("/api/hubs/atlantis/experts");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("atlantis", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

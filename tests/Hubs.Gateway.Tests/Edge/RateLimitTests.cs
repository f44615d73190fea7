using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>
/// Rate limits per client address and per token, over real sockets. Each client's connections leave from its own
/// loopback address (127.0.0.2, 127.0.0.3 …), so the gateway sees distinct remote addresses, as it would on the internet.
/// </summary>
public sealed class RateLimitTests
{
    private const int Burst = 3;

    [Fact]
    public async Task One_address_over_its_rate_gets_429_with_a_numeric_Retry_After_while_another_address_is_served()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: Burst));
        var busy = federation.ClientFrom("127.0.0.2");
        var quiet = federation.ClientFrom("127.0.0.3");
        var marker = EdgeSettings.Marker();

        var (statuses, refused) = await SendUntilRefusedAsync(busy, $"/api/hubs/alpha/experts?marker={marker}");
        using (refused)
        {
            // The bucket starts full: the burst is served, then the address is refused.
            Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Burst), statuses.Take(Burst));
            var problem = await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
            Assert.Equal("Too many requests", problem["title"]!.GetValue<string>());
            AssertNumericRetryAfter(refused);
            SecurityHeaderAssertions.AssertSecurityHeaders(refused);
        }

        using var other = await quiet.GetAsync($"/api/hubs/alpha/experts?marker={marker}");
        using var stillRefused = await busy.GetAsync($"/api/hubs/alpha/experts?marker={marker}");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        // A refused request is never forwarded.
        var served = statuses.Count(s => s == HttpStatusCode.OK) + 1;
        Assert.Equal(served, federation.Upstreams["alpha"].Calls.Count(c => c.Query.Contains(marker, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task One_token_over_its_rate_gets_429_while_another_token_from_the_same_address_is_served()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: EdgeSettings.Limits(perTokenPerSecond: 1, perTokenBurst: Burst));
        var client = federation.ClientFrom("127.0.0.2");

        var (statuses, refused) = await SendUntilRefusedAsync(client, "/api/hubs/alpha/experts", Giulia);
        using (refused)
        {
            Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Burst), statuses.Take(Burst));
            await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
            AssertNumericRetryAfter(refused);
        }

        using var otherToken = await SendAsync(client, "/api/hubs/alpha/experts", Marco);
        using var noToken = await SendAsync(client, "/api/hubs/alpha/experts", authorization: null);
        using var sameToken = await SendAsync(client, "/api/hubs/alpha/experts", Giulia);

        Assert.Equal(HttpStatusCode.OK, otherToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameToken.StatusCode);
    }

    [Fact]
    public async Task Probes_are_never_limited_nor_use_up_the_bucket_while_the_gateways_own_api_is_limited()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: Burst));
        var client = federation.ClientFrom("127.0.0.2");

        for (var i = 0; i < 30; i++)
        {
            using var alive = await client.GetAsync("/alive");
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var (statuses, refused) = await SendUntilRefusedAsync(client, "/api/federation/hubs");
        using (refused)
        {
            Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, Burst), statuses.Take(Burst));
            await ProblemAssertions.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        }

        using var aliveWhileRefused = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, aliveWhileRefused.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_cannot_escape_its_address_limit_with_a_forged_X_Forwarded_For(bool forwardedHeadersSwitchedOn)
    {
        var settings = EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: Burst);
        if (forwardedHeadersSwitchedOn)
        {
            // What ASPNETCORE_FORWARDEDHEADERS_ENABLED=true sets: on its own it would believe any sender.
            settings["FORWARDEDHEADERS_ENABLED"] = "true";
        }

        await using var federation = await TestFederation.StartAsync(["alpha"], settings: settings);
        var client = federation.ClientFrom("127.0.0.2");

        var forged = 10;
        var (statuses, refused) = await SendUntilRefusedAsync(client, "/api/hubs/alpha/experts", configure: request =>
            request.Headers.Add("X-Forwarded-For", $"127.0.0.{forged++}"));
        using (refused)
        {
            Assert.True(statuses.Count <= Burst + 2, $"a forged X-Forwarded-For bought {statuses.Count} requests");
        }
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var federation = await TestFederation.StartAsync(
            ["alpha"],
            settings: EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: Burst).With("Gateway:KnownProxies:0", "127.0.0.4"));
        var proxy = federation.ClientFrom("127.0.0.4");

        var (_, refused) = await SendUntilRefusedAsync(proxy, "/api/hubs/alpha/experts", configure: request =>
            request.Headers.Add("X-Forwarded-For", "127.0.0.20"));
        refused.Dispose();

        using var anotherClient = new HttpRequestMessage(HttpMethod.Get, "/api/hubs/alpha/experts");
        anotherClient.Headers.Add("X-Forwarded-For", "127.0.0.21");
        using var served = await proxy.SendAsync(anotherClient);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    private static void AssertNumericRetryAfter(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Retry-After", out var values), "no Retry-After on a 429");
        var seconds = int.Parse(Assert.Single(values), NumberStyles.None, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
    }

    // Real tokens: the gateway validates them before it counts them.
    private static readonly string Giulia = "Bearer " + global::Hubs.Testing.TestAuth.Staff("alpha");
    private static readonly string Marco = "Bearer " + global::Hubs.Testing.TestAuth.Staff("beta");

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? authorization, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        configure?.Invoke(request);
        return await client.SendAsync(request);
    }

    /// <summary>Sends the same call until the gateway refuses it (at most 20 times); returns every status and the refusal.</summary>
    private static async Task<(List<HttpStatusCode> Statuses, HttpResponseMessage Refused)> SendUntilRefusedAsync(
        HttpClient client, string path, string? authorization = null, Action<HttpRequestMessage>? configure = null)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            var response = await SendAsync(client, path, authorization, configure);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (statuses, response);
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Fail($"20 calls to {path} in a row were all served: {string.Join(", ", statuses)}");
        return default;
    }
}

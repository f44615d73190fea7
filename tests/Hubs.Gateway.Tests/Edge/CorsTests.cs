using System.Net;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>Cross-origin calls are allowed for the portal's origin only, on proxied routes and on the gateway's own API.</summary>
public sealed class CorsTests
{
    private const string Portal = "https://portal.hubs.test";
    private const string Stranger = "https://elsewhere.test";

    private static Dictionary<string, string> Settings() =>
        EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: 2).With("Gateway:Cors:AllowedOrigins:0", Portal);

    [Theory]
    [InlineData("/api/hubs/alpha/bookings", "POST")]
    [InlineData("/api/directory/referrals", "POST")]
    [InlineData("/api/federation/hubs", "GET")]
    public async Task A_preflight_from_the_portal_is_allowed_and_answered_by_the_gateway(string path, string method)
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());

        using var response = await federation.Client.SendAsync(Preflight(path, Portal, method));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Portal], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains(method, response.Headers.GetValues("Access-Control-Allow-Methods").Single().Split(','), StringComparer.Ordinal);
        var headers = response.Headers.GetValues("Access-Control-Allow-Headers").Single().Split(',').Select(h => h.Trim().ToLowerInvariant());
        Assert.Contains("authorization", headers);
        Assert.Contains("content-type", headers);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Empty(federation.Upstreams.Values.SelectMany(u => u.Calls));
    }

    [Theory]
    [InlineData("/api/hubs/alpha/bookings")]
    [InlineData("/api/federation/hubs")]
    public async Task A_preflight_from_any_other_origin_gets_no_allow_origin(string path)
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());

        using var response = await federation.Client.SendAsync(Preflight(path, Stranger, "POST"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
        Assert.Empty(federation.Upstreams.Values.SelectMany(u => u.Calls));
    }

    [Fact]
    public async Task Calls_from_the_portal_carry_allow_origin_even_when_refused_and_calls_from_elsewhere_do_not()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"], settings: Settings());
        var portal = federation.ClientFrom("127.0.0.2");
        var stranger = federation.ClientFrom("127.0.0.3");

        using var proxied = await portal.SendAsync(Call("/api/hubs/alpha/experts", Portal));
        using var own = await portal.SendAsync(Call("/api/federation/hubs", Portal));
        HttpResponseMessage refused;
        do
        {
            refused = await portal.SendAsync(Call("/api/hubs/alpha/experts", Portal));
        }
        while (refused.StatusCode == HttpStatusCode.OK);
        using var fromElsewhere = await stranger.SendAsync(Call("/api/hubs/alpha/experts", Stranger));

        // The portal can read a 429 and its Retry-After, so it can tell its user when to try again.
        using (refused)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal([Portal], refused.Headers.GetValues("Access-Control-Allow-Origin"));
            Assert.Contains("Retry-After", refused.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal([Portal], proxied.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal([Portal], own.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_a_configured_origin_no_origin_is_allowed()
    {
        await using var federation = await TestFederation.StartAsync(["alpha"]);

        using var preflight = await federation.Client.SendAsync(Preflight("/api/hubs/alpha/bookings", Portal, "POST"));
        using var call = await federation.Client.SendAsync(Call("/api/hubs/alpha/experts", Portal));

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(call.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static HttpRequestMessage Call(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        return request;
    }
}

using Hubs.Gateway.Tests.Edge;
using Hubs.Gateway.Tests.Infrastructure;
using Hubs.Testing;
using Xunit.Abstractions;

namespace Hubs.Gateway.Tests.Security;

/// <summary>
/// The gateway's own endpoints and its proxy routes, from its endpoint list, × {anonymous, manage token, staff of a hub,
/// staff of another hub, coordinator}. Every one is public at the gateway: it checks that a token is genuine (401
/// otherwise) and leaves who may do what to the service behind it, which never assumes a gateway in front (decision 0014).
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_gateway_endpoint_and_proxy_route_carries_one_of_our_named_policies()
    {
        await using var federation = await TestFederation.StartAsync(["lomazzo", "ivrea"]);

        var endpoints = AuthorizationMatrix.Endpoints(federation.GatewayServices);

        Assert.Contains(endpoints, e => e.Endpoint.RoutePattern.RawText!.Contains("lomazzo", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Endpoint.RoutePattern.RawText!.Contains("federation/hubs", StringComparison.Ordinal));
        Assert.Empty(AuthorizationMatrix.WithoutPolicy(federation.GatewayServices));
    }

    [Fact]
    public async Task Each_caller_with_a_genuine_token_reaches_every_route_and_the_upstream_decides()
    {
        await using var federation = await TestFederation.StartAsync(
            ["lomazzo", "ivrea"], settings: EdgeSettings.Limits(perAddressPerSecond: 1000, perAddressBurst: 1000));

        var (cells, wrong) = await AuthorizationMatrix.RunAsync(
            federation.GatewayServices, () => federation.ClientFrom("127.0.0.9"), "lomazzo", "ivrea");

        output.WriteLine($"{cells} cells checked");
        Assert.True(cells >= 5 * 5, $"only {cells} cells");
        Assert.Empty(wrong);
    }
}

using Hubs.Gateway.Edge;
using Hubs.Gateway.Federation;
using Hubs.Gateway.Proxy;
using Hubs.ServiceDefaults;

namespace Hubs.Gateway.Tests.Federation;

public sealed class FederationRouteTableTests
{
    private static FederationOptions Registry(Uri? portal = null) => new()
    {
        Hubs = new() { ["lomazzo"] = new Uri("http://127.0.0.1:5101"), ["ivrea"] = new Uri("http://127.0.0.1:5102") },
        DirectoryUrl = new Uri("http://127.0.0.1:5200"),
        ExchangeUrl = new Uri("http://127.0.0.1:5300"),
        PortalUrl = portal,
        ActivityTimeout = TimeSpan.FromSeconds(7),
    };

    [Fact]
    public void Each_hub_gets_its_own_route_and_cluster_and_every_route_names_the_public_and_cors_policies()
    {
        var config = FederationRouteTable.Build(Registry());

        Assert.Equal(
            ["/api/hubs/ivrea/{**rest}", "/api/hubs/lomazzo/{**rest}", "/api/directory/{**rest}", "/api/practices/{**rest}"],
            config.Routes.Select(r => r.Match.Path));
        Assert.All(config.Routes, r => Assert.Equal(Policies.Public, r.AuthorizationPolicy));
        Assert.All(config.Routes, r => Assert.Equal(PortalCors.Policy, r.CorsPolicy));
        var lomazzo = Assert.Single(config.Clusters, c => c.ClusterId == "hub-lomazzo");
        Assert.Equal("http://127.0.0.1:5101/", Assert.Single(lomazzo.Destinations!.Values).Address);
        Assert.Equal("hub-lomazzo", Assert.Single(config.Routes, r => r.Match.Path!.Contains("lomazzo", StringComparison.Ordinal)).ClusterId);
    }

    [Fact]
    public void Every_cluster_has_a_request_timeout_and_active_and_passive_health_checks()
    {
        var config = FederationRouteTable.Build(Registry());

        Assert.All(config.Clusters, c =>
        {
            Assert.Equal(TimeSpan.FromSeconds(7), c.HttpRequest!.ActivityTimeout);
            Assert.True(c.HealthCheck!.Active!.Enabled);
            Assert.Equal("/alive", c.HealthCheck.Active.Path);
            Assert.True(c.HealthCheck.Passive!.Enabled);
            Assert.Equal(HealthPolicies.HealthyAndUnknown, c.HealthCheck.AvailableDestinationsPolicy);
        });
    }

    [Fact]
    public void The_portal_takes_only_what_no_other_route_claims()
    {
        var config = FederationRouteTable.Build(Registry(new Uri("http://127.0.0.1:5400")));

        var portal = Assert.Single(config.Routes, r => r.ClusterId == UpstreamClusters.Portal);
        Assert.Equal("/{**rest}", portal.Match.Path);
        Assert.True(portal.Order > 0);
    }
}

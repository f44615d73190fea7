using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace Hubs.Gateway.Proxy;

/// <summary>Routes and clusters built once from the registry; a new hub is a configuration entry and a restart.</summary>
public sealed class FederationProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
{
    public IReadOnlyList<RouteConfig> Routes { get; } = routes;

    public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;

    public IChangeToken ChangeToken { get; } = new CancellationChangeToken(CancellationToken.None);
}

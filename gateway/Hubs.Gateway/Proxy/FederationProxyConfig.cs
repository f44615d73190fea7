using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace Hubs.Gateway.Proxy;

/// <summary>One generation of the routes and clusters; signalled as changed when the hub registry brings a new one.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The source is only ever cancelled, once, when the next generation replaces this one: no timer, no wait handle to release.")]
public sealed class FederationProxyConfig(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig
{
    private readonly CancellationTokenSource _changed = new();

    public IReadOnlyList<RouteConfig> Routes { get; } = routes;

    public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;

    public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

    /// <summary>Tells YARP to read the provider again.</summary>
    public void SignalChange() => _changed.Cancel();
}

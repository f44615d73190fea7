using Hubs.Gateway.Federation;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace Hubs.Gateway.Proxy;

/// <summary>Feeds YARP the routes and clusters of the federation registry (validated when first read).</summary>
public sealed class FederationProxyConfigProvider(IOptions<FederationOptions> options) : IProxyConfigProvider
{
    private readonly Lazy<IProxyConfig> _config = new(() => FederationRouteTable.Build(options.Value));

    public IProxyConfig GetConfig() => _config.Value;
}

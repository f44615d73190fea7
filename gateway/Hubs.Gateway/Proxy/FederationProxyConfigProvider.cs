using Hubs.Gateway.Federation;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace Hubs.Gateway.Proxy;

/// <summary>
/// Feeds YARP the routes and clusters of the hubs the gateway currently routes (<see cref="RoutedHubs"/>: configured
/// ones and those the directory's registry lists), rebuilt whenever that set changes: a hub that joins or is suspended
/// needs neither a restart nor a configuration change (decision 0020). Options are validated when first read.
/// </summary>
public sealed class FederationProxyConfigProvider(IOptions<FederationOptions> options, RoutedHubs hubs) : IProxyConfigProvider
{
    private readonly Lock _gate = new();
    private FederationProxyConfig? _config;

    public IProxyConfig GetConfig()
    {
        lock (_gate)
        {
            return _config ??= FederationRouteTable.Build(options.Value, hubs.Routed);
        }
    }

    /// <summary>Builds the routes again from <see cref="RoutedHubs"/> and tells YARP.</summary>
    public void Reload()
    {
        FederationProxyConfig? previous;
        lock (_gate)
        {
            previous = _config;
            _config = FederationRouteTable.Build(options.Value, hubs.Routed);
        }

        previous?.SignalChange();
    }
}

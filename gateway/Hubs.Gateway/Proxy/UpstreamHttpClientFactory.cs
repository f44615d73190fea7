using Hubs.Gateway.Federation;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace Hubs.Gateway.Proxy;

/// <summary>
/// YARP's client with a short connect timeout: its default of 15 s would hold a caller of an unreachable hub far past the
/// 2 seconds it may wait. The same client sends the active health probes.
/// </summary>
public sealed class UpstreamHttpClientFactory(IOptions<FederationOptions> options, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.ConnectTimeout;
    }
}

using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Hubs.Gateway.Proxy;

/// <summary>
/// A proxied request is two socket hops (the caller's connection, then the upstream's), and by default every completed
/// read or write on either is handed from the socket's event thread to the thread pool before anything runs: on two
/// cores shared with the upstream that hand-off is a large part of what YARP costs next to nginx (docs/performance.md,
/// "Round 2"). Nothing on the gateway's request path blocks (the limiter, token validation, the forwarder and the
/// response copy are CPU or asynchronous), so the continuations run where the socket completed: Kestrel's
/// (<see cref="SocketTransportOptions.UnsafePreferInlineScheduling"/>) and the runtime's, which the calls to the
/// upstreams go through (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c>, read once when the process makes its
/// first socket, so it is set here, before the host starts; an operator's own value of it is kept).
/// </summary>
public static class InlineSockets
{
    public const string RuntimeVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static IServiceCollection AddInlineSockets(this IServiceCollection services)
    {
        if (Environment.GetEnvironmentVariable(RuntimeVariable) is null)
        {
            Environment.SetEnvironmentVariable(RuntimeVariable, "1");
        }

        services.Configure<SocketTransportOptions>(sockets => sockets.UnsafePreferInlineScheduling = true);
        return services;
    }
}

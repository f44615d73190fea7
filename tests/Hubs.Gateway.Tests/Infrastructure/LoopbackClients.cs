using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>
/// HTTP clients whose connections leave from a chosen loopback address. Linux routes all of 127.0.0.0/8 to the loopback
/// interface, so 127.0.0.2 and 127.0.0.3 reach the gateway on 127.0.0.1 as two distinct clients, each with its own
/// remote address: what the per-address limiter partitions by.
/// </summary>
public static class LoopbackClients
{
    public static HttpClient From(string localAddress, Uri gateway, X509Certificate2? trustedCertificate = null, Action<SocketsHttpHandler>? configure = null)
    {
        var local = IPAddress.Parse(localAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };

        if (trustedCertificate is not null)
        {
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && certificate.GetCertHashString() == trustedCertificate.GetCertHashString(),
            };
        }

        configure?.Invoke(handler);
        return new HttpClient(handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
    }
}

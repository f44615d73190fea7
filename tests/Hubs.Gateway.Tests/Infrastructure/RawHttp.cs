using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>Bytes an HttpClient would refuse to send (a broken request line, a bad chunk), and the gateway's raw answer.</summary>
public static class RawHttp
{
    public static async Task<string> SendAsync(Uri gateway, string request)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, gateway.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        // Every request sent here asks for (or forces) the connection to close after the answer: read to the end.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer, timeout.Token);
        }
        catch (IOException)
        {
            // The gateway may reset the connection once it has answered; what arrived before is the answer.
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }
}

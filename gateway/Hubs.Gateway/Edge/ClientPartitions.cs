using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Hubs.Gateway.Edge;

/// <summary>Which bucket a request is counted in: its client address, and its token when it carries one.</summary>
public static class ClientPartitions
{
    /// <summary>
    /// The client's address as the connection (or a known proxy) gives it. An IPv6 client is keyed by its /64: one
    /// subscriber usually holds a whole /64 and could otherwise rotate through addresses to dodge the limit.
    /// </summary>
    public static string AddressKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>
    /// The token's subject once authentication has validated it; before that (or for a token that did not validate) a
    /// SHA-256 of the raw Authorization header, so that a token never sits in the limiter's memory as text. Null when
    /// the request carries no Authorization header: it is limited by its address only.
    /// </summary>
    public static string? TokenKey(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && (context.User.FindFirst("sub") ?? context.User.FindFirst(ClaimTypes.NameIdentifier)) is { Value.Length: > 0 } subject)
        {
            return "sub:" + subject.Value;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.Length == 0
            ? null
            : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(authorization)));
    }

    /// <summary>The gateway's own probes: an orchestrator polling them must never be refused, nor use up anyone's bucket.</summary>
    public static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive");
}

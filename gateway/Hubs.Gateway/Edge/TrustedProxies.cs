using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hubs.Gateway.Edge;

/// <summary>
/// Whose <c>X-Forwarded-For</c> the gateway believes: only the configured proxies'. With none configured no forwarded
/// header is applied at all, even if <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> is set (which on its own would trust
/// every sender and let any client pick the address it is rate-limited under).
/// </summary>
public static class TrustedProxies
{
    /// <summary>Applies validated entries (see <see cref="IsValid"/>).</summary>
    public static void Configure(ForwardedHeadersOptions forwarded, IReadOnlyCollection<string> knownProxies)
    {
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var entry in knownProxies)
        {
            if (!entry.Contains('/', StringComparison.Ordinal))
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(entry));
            }
            else
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            }
        }

        forwarded.ForwardedHeaders = knownProxies.Count > 0
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
        // Walk back through the chain only while the hop that added an entry is one of ours: the first address added
        // by anyone else is the client.
        forwarded.ForwardLimit = null;
    }

    public static bool IsValid(string entry) =>
        entry.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(entry, out _) : IPAddress.TryParse(entry, out _);
}

using Hubs.Contracts.Federation;

namespace Hubs.Gateway.Federation;

/// <summary>One hub as the directory's registry gives it to the gateway (<c>GET /internal/hub-routes</c>).</summary>
public sealed record RegisteredHub(string HubId, string? NodeUrl, bool Suspended)
{
    /// <summary>The announced address when it is one the gateway may forward to (absolute http or https); null otherwise.</summary>
    public Uri? NodeAddress =>
        HubIds.IsWellFormed(HubId)
        && Uri.TryCreate(NodeUrl, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;
}

using System.ComponentModel.DataAnnotations;

namespace Hubs.Gateway.Edge;

/// <summary>
/// What the gateway, as the only public origin, lets callers do (section <c>Gateway</c>): how fast, how large, from
/// which origins, and which proxies in front of it may name the client.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// The largest request body accepted, in bytes (1 MiB by default). Every legitimate call is a small JSON document; a
    /// body past the limit is answered 413 before anything is forwarded when its length is declared, and as soon as the
    /// limit is crossed when it is streamed.
    /// </summary>
    [Range(1_024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    public CrossOriginOptions Cors { get; set; } = new();

    /// <summary>
    /// Addresses (or CIDR networks) of proxies in front of the gateway whose <c>X-Forwarded-For</c>/<c>-Proto</c> are
    /// believed. Empty by default: the gateway is the edge, so a client's own forwarded headers are ignored and cannot
    /// move it into another rate-limit partition.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];
}

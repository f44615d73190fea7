namespace Hubs.Gateway.Edge;

/// <summary>Browser origins other than the gateway's own that may call it: the portal's, when it is served elsewhere.</summary>
public sealed class CrossOriginOptions
{
    /// <summary>
    /// Origins such as <c>https://portal.hubs.example</c> (scheme, host and port only). Empty by default: the portal
    /// served by the gateway itself at <c>/</c> is same-origin and needs no CORS.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];
}

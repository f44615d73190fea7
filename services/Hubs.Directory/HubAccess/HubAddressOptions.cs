namespace Hubs.Directory.HubAccess;

/// <summary>
/// Where the directory reaches a hub over plain HTTP (section <c>Directory</c>): a hub's own URL
/// (<c>Directory:Hubs:{hubId}:Url</c>) wins; otherwise the gateway (<c>Directory:GatewayUrl</c>), which routes
/// <c>/api/hubs/{hubId}/…</c> to that hub. A hub node serves the same paths itself, so both take the same request.
/// With neither, the directory does not ask hubs for live data and keeps to the summaries they published.
/// </summary>
public sealed class HubAddressOptions
{
    public string? GatewayUrl { get; set; }

    public Dictionary<string, HubAddress> Hubs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The base URL to ask <paramref name="hubId"/> at; null when none is configured.</summary>
    public Uri? BaseOf(string hubId)
    {
        var url = Hubs.TryGetValue(hubId, out var own) && !string.IsNullOrWhiteSpace(own.Url) ? own.Url : GatewayUrl;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }
}

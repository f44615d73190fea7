namespace Hubs.Gateway.Federation;

/// <summary>One configured hub as the gateway sees it, listed by <c>GET /api/federation/hubs</c>.</summary>
public sealed record HubAvailability
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="UpstreamStatus"/>: what the gateway's probes and recent traffic say of the node.</summary>
    public required string Status { get; init; }

    /// <summary>Whether the gateway forwards calls to the hub now; false means they are answered 503 at once.</summary>
    public required bool Routed { get; init; }
}

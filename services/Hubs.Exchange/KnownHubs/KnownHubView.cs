namespace Hubs.Exchange.KnownHubs;

/// <summary>A hub as listed by <c>GET /api/practices/hubs</c>.</summary>
public sealed record KnownHubView(string Id, string Name, long Version);

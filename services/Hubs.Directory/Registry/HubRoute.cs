namespace Hubs.Directory.Registry;

/// <summary>What the gateway needs of one hub to route it: the node address it announced, and whether it is suspended.</summary>
public sealed record HubRoute(string HubId, string? NodeUrl, bool Suspended);

namespace Hubs.Directory.HubAccess;

/// <summary>A free slot as the hub answered just now (<c>GET /api/hubs/{hubId}/slots</c>): whose, and when (UTC).</summary>
public sealed record LiveSlot(Guid ExpertId, DateTimeOffset Start, DateTimeOffset End);

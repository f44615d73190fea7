namespace Hubs.Directory.Resync;

/// <summary>A snapshot request on its way: the hubs' answers carry <see cref="RequestId"/>.</summary>
/// <param name="HubId">The hub asked; null for every hub.</param>
public sealed record ResyncAccepted(Guid RequestId, string? HubId);

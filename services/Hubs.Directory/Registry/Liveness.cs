namespace Hubs.Directory.Registry;

/// <summary>A hub's status and, when stale, since when.</summary>
public sealed record Liveness(string Status, DateTimeOffset? StaleSince);

namespace Hubs.Directory.Referrals;

/// <summary>A validated referrer: its kind and, for a hub of the network, which one.</summary>
public sealed record Referrer(string Kind, string? HubId);

namespace Hubs.HubNode.Profile;

/// <summary>The profile last announced and its version.</summary>
public sealed record StoredHubProfile(HubProfile Profile, long Version);

namespace Hubs.Exchange.Endorsements;

/// <summary>A hub vouches for another hub's practice. One per hub and practice.</summary>
public sealed record Endorsement(string PracticeHubId, Guid PracticeId, string HubId, DateTimeOffset EndorsedAt);

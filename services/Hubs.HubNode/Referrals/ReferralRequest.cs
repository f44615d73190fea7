namespace Hubs.HubNode.Referrals;

/// <summary>A well-formed referral of a meeting's business to another hub.</summary>
public sealed record ReferralRequest(string ToHubId, Guid BookingId, string ConsentVersion, string? Note);

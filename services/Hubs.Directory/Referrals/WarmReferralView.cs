namespace Hubs.Directory.Referrals;

/// <summary>The status of a referral the business accepted: where it went and how it stands there.</summary>
/// <param name="Status">sent (forwarded, not yet acknowledged), then open, booked or closed as the hub reports.</param>
public sealed record WarmReferralView(Guid ReferralId, string HubId, string Status, DateTimeOffset AcceptedAt, DateTimeOffset UpdatedAt)
{
    public static WarmReferralView From(WarmReferral r) => new(r.ReferralId, r.ToHubId, r.Status, r.OpenedAt, r.UpdatedAt);
}

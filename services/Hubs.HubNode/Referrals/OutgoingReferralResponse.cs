namespace Hubs.HubNode.Referrals;

/// <summary>A referral made here, as the referring hub's staff see it: where it went and its status there, nothing else.</summary>
public sealed record OutgoingReferralResponse(
    Guid ReferralId,
    string ToHubId,
    Guid BookingId,
    string Status,
    long StatusVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OutgoingReferralResponse From(OutgoingReferral r) =>
        new(r.ReferralId, r.ToHubId, r.BookingId, r.Status, r.StatusVersion, r.CreatedAt.ToDateTimeOffset(), r.UpdatedAt.ToDateTimeOffset());
}

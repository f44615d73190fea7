using Hubs.HubNode.Bookings;

namespace Hubs.HubNode.Referrals;

/// <summary>A referral received here, with the intake the business consented to hand over: for this hub's staff only.</summary>
public sealed record IncomingReferralResponse(
    Guid ReferralId,
    string? FromHubId,
    string Status,
    long Version,
    Guid? BookingId,
    BookingIntakeResponse Intake,
    DateTimeOffset ConsentAt,
    string? Note,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? DeclineReason,
    DateTimeOffset? DeclinedAt)
{
    public static IncomingReferralResponse From(IncomingReferral r) => new(
        r.ReferralId, r.FromHubId, r.Status, r.Version, r.BookingId, BookingIntakeResponse.From(r.Intake), r.ConsentAt.ToDateTimeOffset(), r.Note,
        r.ReceivedAt.ToDateTimeOffset(), r.UpdatedAt.ToDateTimeOffset(), r.DeclineReason, r.DeclinedAt?.ToDateTimeOffset());
}

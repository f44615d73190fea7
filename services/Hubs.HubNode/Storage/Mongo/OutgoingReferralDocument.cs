using Hubs.HubNode.Referrals;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>outgoingReferrals</c> document: a referral made here; unique per (bookingId, toHubId).</summary>
internal sealed class OutgoingReferralDocument
{
    public string Id { get; set; } = "";
    public string ToHubId { get; set; } = "";
    public string BookingId { get; set; } = "";
    public string Status { get; set; } = "";
    public long StatusVersion { get; set; }
    public string ConsentVersion { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static OutgoingReferralDocument From(OutgoingReferral referral) => new()
    {
        Id = MongoFields.Id(referral.ReferralId),
        ToHubId = referral.ToHubId,
        BookingId = MongoFields.Id(referral.BookingId),
        Status = referral.Status,
        StatusVersion = referral.StatusVersion,
        ConsentVersion = referral.ConsentVersion,
        CreatedAt = MongoFields.Date(referral.CreatedAt),
        UpdatedAt = MongoFields.Date(referral.UpdatedAt),
    };

    public OutgoingReferral ToReferral() => new()
    {
        ReferralId = Guid.Parse(Id),
        ToHubId = ToHubId,
        BookingId = Guid.Parse(BookingId),
        Status = Status,
        StatusVersion = StatusVersion,
        ConsentVersion = ConsentVersion,
        CreatedAt = MongoFields.Instant(CreatedAt),
        UpdatedAt = MongoFields.Instant(UpdatedAt),
    };
}

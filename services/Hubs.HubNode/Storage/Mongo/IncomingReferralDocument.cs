using Hubs.HubNode.Referrals;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>incomingReferrals</c> document: a referral received here, with its consented intake (personal data).</summary>
internal sealed class IncomingReferralDocument
{
    public string Id { get; set; } = "";
    public string? FromHubId { get; set; }
    public string Status { get; set; } = "";
    public long Version { get; set; }
    public string? BookingId { get; set; }

    /// <summary>Held while a booking is being made for the referral.</summary>
    public string? ClaimToken { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public IntakeDocument Intake { get; set; } = new();
    public DateTime ConsentAt { get; set; }
    public string? Note { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Why the staff declined it: stays at this hub.</summary>
    public string? DeclineReason { get; set; }
    public DateTime? DeclinedAt { get; set; }

    public static IncomingReferralDocument From(IncomingReferral referral) => new()
    {
        Id = MongoFields.Id(referral.ReferralId),
        FromHubId = referral.FromHubId,
        Status = referral.Status,
        Version = referral.Version,
        BookingId = referral.BookingId is { } b ? MongoFields.Id(b) : null,
        Intake = IntakeDocument.From(referral.Intake),
        ConsentAt = MongoFields.Date(referral.ConsentAt),
        Note = referral.Note,
        ReceivedAt = MongoFields.Date(referral.ReceivedAt),
        UpdatedAt = MongoFields.Date(referral.UpdatedAt),
        DeclineReason = referral.DeclineReason,
        DeclinedAt = referral.DeclinedAt is { } declined ? MongoFields.Date(declined) : null,
    };

    public IncomingReferral ToReferral() => new()
    {
        ReferralId = Guid.Parse(Id),
        FromHubId = FromHubId,
        Status = Status,
        Version = Version,
        BookingId = BookingId is null ? null : Guid.Parse(BookingId),
        Intake = Intake.ToIntake(),
        ConsentAt = MongoFields.Instant(ConsentAt),
        Note = Note,
        ReceivedAt = MongoFields.Instant(ReceivedAt),
        UpdatedAt = MongoFields.Instant(UpdatedAt),
        DeclineReason = DeclineReason,
        DeclinedAt = DeclinedAt is { } declined ? MongoFields.Instant(declined) : null,
    };
}

using Hubs.HubNode.Referrals;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An <c>outgoing_referrals</c> row as Dapper reads it.</summary>
internal sealed class OutgoingReferralRow
{
    public const string Columns =
        "referral_id AS ReferralId, to_hub_id AS ToHubId, booking_id AS BookingId, status AS Status, status_version AS StatusVersion, " +
        "consent_version AS ConsentVersion, created_at AS CreatedAt, updated_at AS UpdatedAt";

    public string ReferralId { get; set; } = "";
    public string ToHubId { get; set; } = "";
    public string BookingId { get; set; } = "";
    public string Status { get; set; } = "";
    public long StatusVersion { get; set; }
    public string ConsentVersion { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";

    public OutgoingReferral ToReferral() => new()
    {
        ReferralId = Guid.Parse(ReferralId),
        ToHubId = ToHubId,
        BookingId = Guid.Parse(BookingId),
        Status = Status,
        StatusVersion = StatusVersion,
        ConsentVersion = ConsentVersion,
        CreatedAt = NodaTime.Instant.FromDateTimeOffset(SqliteColumns.Instant(CreatedAt)),
        UpdatedAt = NodaTime.Instant.FromDateTimeOffset(SqliteColumns.Instant(UpdatedAt)),
    };
}

using Hubs.HubNode.Intake;
using Hubs.HubNode.Referrals;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An <c>incoming_referrals</c> row as Dapper reads it.</summary>
internal sealed class IncomingReferralRow
{
    public const string Columns =
        "referral_id AS ReferralId, from_hub_id AS FromHubId, status AS Status, version AS Version, booking_id AS BookingId, " +
        "company_name AS CompanyName, vat_number AS VatNumber, ateco_section AS AtecoSection, size_class AS SizeClass, " +
        "province_code AS ProvinceCode, topics AS Topics, need AS Need, business_email AS BusinessEmail, " +
        "consent_version AS ConsentVersion, consent_at AS ConsentAt, note AS Note, received_at AS ReceivedAt, updated_at AS UpdatedAt, " +
        "decline_reason AS DeclineReason, declined_at AS DeclinedAt";

    public string ReferralId { get; set; } = "";
    public string? FromHubId { get; set; }
    public string Status { get; set; } = "";
    public long Version { get; set; }
    public string? BookingId { get; set; }
    public string CompanyName { get; set; } = "";
    public string? VatNumber { get; set; }
    public string AtecoSection { get; set; } = "";
    public string SizeClass { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string Topics { get; set; } = "[]";
    public string Need { get; set; } = "";
    public string BusinessEmail { get; set; } = "";
    public string ConsentVersion { get; set; } = "";
    public string ConsentAt { get; set; } = "";
    public string? Note { get; set; }
    public string ReceivedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? DeclineReason { get; set; }
    public string? DeclinedAt { get; set; }

    public IncomingReferral ToReferral() => new()
    {
        ReferralId = Guid.Parse(ReferralId),
        FromHubId = FromHubId,
        Status = Status,
        Version = Version,
        BookingId = BookingId is null ? null : Guid.Parse(BookingId),
        Intake = new BusinessIntake
        {
            CompanyName = CompanyName,
            VatNumber = VatNumber,
            AtecoSection = AtecoSection,
            SizeClass = SizeClass,
            ProvinceCode = ProvinceCode,
            Topics = SqliteColumns.List(Topics),
            Need = Need,
            Email = BusinessEmail,
            ConsentVersion = ConsentVersion,
        },
        ConsentAt = Read(ConsentAt),
        Note = Note,
        ReceivedAt = Read(ReceivedAt),
        UpdatedAt = Read(UpdatedAt),
        DeclineReason = DeclineReason,
        DeclinedAt = DeclinedAt is null ? null : Read(DeclinedAt),
    };

    public static object Parameters(IncomingReferral r) => new
    {
        ReferralId = SqliteColumns.Id(r.ReferralId),
        r.FromHubId,
        r.Status,
        r.Version,
        BookingId = r.BookingId is { } b ? SqliteColumns.Id(b) : null,
        r.Intake.CompanyName,
        r.Intake.VatNumber,
        r.Intake.AtecoSection,
        r.Intake.SizeClass,
        r.Intake.ProvinceCode,
        Topics = SqliteColumns.List(r.Intake.Topics),
        r.Intake.Need,
        BusinessEmail = r.Intake.Email,
        r.Intake.ConsentVersion,
        ConsentAt = IncomingReferralRow.Text(r.ConsentAt),
        r.Note,
        ReceivedAt = IncomingReferralRow.Text(r.ReceivedAt),
        UpdatedAt = IncomingReferralRow.Text(r.UpdatedAt),
    };

    /// <summary>An instant as the referral tables store it (ISO 8601 UTC, sortable as text).</summary>
    public static string Text(Instant instant) => SqliteColumns.Instant(instant.ToDateTimeOffset());

    private static Instant Read(string text) => NodaTime.Instant.FromDateTimeOffset(SqliteColumns.Instant(text));
}

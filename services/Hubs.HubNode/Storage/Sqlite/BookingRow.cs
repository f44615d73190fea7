using Hubs.HubNode.Bookings;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>A <c>bookings</c> row as Dapper reads it.</summary>
internal sealed class BookingRow
{
    public const string Columns =
        "id AS Id, hub_id AS HubId, case_id AS CaseId, expert_id AS ExpertId, kind AS Kind, start_at AS StartAt, end_at AS EndAt, " +
        "time_zone AS TimeZone, status AS Status, version AS Version, sequence AS Sequence, manage_token_hash AS ManageTokenHash, " +
        "video_link AS VideoLink, invite_uid AS InviteUid, company_name AS CompanyName, vat_number AS VatNumber, " +
        "ateco_section AS AtecoSection, size_class AS SizeClass, province_code AS ProvinceCode, topics AS Topics, need AS Need, " +
        "business_email AS BusinessEmail, consent_version AS ConsentVersion, consent_at AS ConsentAt, created_at AS CreatedAt, " +
        "updated_at AS UpdatedAt, cancelled_at AS CancelledAt, attendance AS Attendance, outcome_category AS OutcomeCategory, " +
        "outcome_notes AS OutcomeNotes, grant_call_reference AS GrantCallReference, outcome_recorded_at AS OutcomeRecordedAt, language AS Language";

    public string Id { get; set; } = "";
    public string HubId { get; set; } = "";
    public string CaseId { get; set; } = "";
    public string ExpertId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string StartAt { get; set; } = "";
    public string EndAt { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public string Status { get; set; } = "";
    public long Version { get; set; }
    public long Sequence { get; set; }
    public byte[] ManageTokenHash { get; set; } = [];
    public string VideoLink { get; set; } = "";
    public string InviteUid { get; set; } = "";
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
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? CancelledAt { get; set; }
    public string? Attendance { get; set; }
    public string? OutcomeCategory { get; set; }
    public string? OutcomeNotes { get; set; }
    public string? GrantCallReference { get; set; }
    public string? OutcomeRecordedAt { get; set; }
    public string Language { get; set; } = MailLanguages.Italian;

    public static string Instant(Instant instant) => SqliteColumns.Instant(instant.ToDateTimeOffset());

    public static string? Instant(Instant? instant) => instant is { } i ? Instant(i) : null;

    public Booking ToBooking()
    {
        if (!ConsultationKinds.TryParse(Kind, out var kind))
        {
            throw new InvalidOperationException($"Booking {Id} has an unknown kind '{Kind}'.");
        }

        return new Booking
        {
            Id = Guid.Parse(Id),
            HubId = HubId,
            CaseId = Guid.Parse(CaseId),
            ExpertId = Guid.Parse(ExpertId),
            Kind = kind,
            Start = Read(StartAt),
            End = Read(EndAt),
            TimeZone = TimeZone,
            Status = Status,
            Version = Version,
            Sequence = (int)Sequence,
            ManageTokenHash = ManageTokenHash,
            VideoLink = VideoLink,
            InviteUid = InviteUid,
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
                Language = Language,
            },
            ConsentAt = Read(ConsentAt),
            CreatedAt = Read(CreatedAt),
            UpdatedAt = Read(UpdatedAt),
            CancelledAt = CancelledAt is null ? null : Read(CancelledAt),
            Outcome = OutcomeRecordedAt is null
                ? null
                : new MeetingOutcome(Attendance!, OutcomeCategory!, OutcomeNotes, GrantCallReference, Read(OutcomeRecordedAt)),
        };
    }

    /// <summary>Parameters for an insert or update of <paramref name="booking"/>.</summary>
    public static object Parameters(Booking booking, long expectedVersion = 0) => new
    {
        Id = SqliteColumns.Id(booking.Id),
        booking.HubId,
        CaseId = SqliteColumns.Id(booking.CaseId),
        ExpertId = SqliteColumns.Id(booking.ExpertId),
        Kind = booking.Kind.Code(),
        StartAt = Instant(booking.Start),
        EndAt = Instant(booking.End),
        booking.TimeZone,
        booking.Status,
        booking.Version,
        booking.Sequence,
        ManageTokenHash = booking.ManageTokenHash.ToArray(),
        booking.VideoLink,
        booking.InviteUid,
        booking.Intake.CompanyName,
        booking.Intake.VatNumber,
        booking.Intake.AtecoSection,
        booking.Intake.SizeClass,
        booking.Intake.ProvinceCode,
        Topics = SqliteColumns.List(booking.Intake.Topics),
        booking.Intake.Need,
        BusinessEmail = booking.Intake.Email,
        booking.Intake.ConsentVersion,
        ConsentAt = Instant(booking.ConsentAt),
        CreatedAt = Instant(booking.CreatedAt),
        UpdatedAt = Instant(booking.UpdatedAt),
        CancelledAt = Instant(booking.CancelledAt),
        booking.Outcome?.Attendance,
        OutcomeCategory = booking.Outcome?.Category,
        OutcomeNotes = booking.Outcome?.Notes,
        booking.Outcome?.GrantCallReference,
        OutcomeRecordedAt = Instant(booking.Outcome?.RecordedAt),
        booking.Intake.Language,
        ExpectedVersion = expectedVersion,
    };

    private static Instant Read(string text) => NodaTime.Instant.FromDateTimeOffset(SqliteColumns.Instant(text));
}

namespace Hubs.Portal.Gateway;

// A hub node's answers to its staff, as the staff pages read them; see services/Hubs.HubNode for the API.

public sealed record StaffBooking(
    Guid Id, Guid ExpertId, Guid CaseId, string Kind, string Status, DateTimeOffset Start, DateTimeOffset End, string TimeZone,
    string VideoLink, long Version, int Sequence, StaffIntake Intake, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt, StaffOutcome? Outcome);

public sealed record StaffIntake(
    string CompanyName, string? VatNumber, string AtecoSection, string SizeClass, string ProvinceCode, IReadOnlyList<string> Topics,
    string Need, string Email, string ConsentVersion);

public sealed record StaffOutcome(string Attendance, string Category, string? Notes, string? GrantCallReference, DateTimeOffset RecordedAt);

public sealed record OutcomeRecord(string Attendance, string Category, string? Notes, string? GrantCallReference);

public sealed record StaffCase(Guid Id, DateTimeOffset OpenedAt, string CompanyName, string Email, bool FollowupBookable, IReadOnlyList<StaffBooking> Timeline);

public sealed record StaffExpert(
    Guid Id, string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages, long Version, DateTimeOffset UpdatedAt);

public sealed record ExpertProfile(string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages);

public sealed record IncomingReferralView(
    Guid ReferralId, string? FromHubId, string Status, long Version, Guid? BookingId, StaffIntake Intake, DateTimeOffset ConsentAt, string? Note,
    DateTimeOffset ReceivedAt, DateTimeOffset UpdatedAt, string? DeclineReason = null, DateTimeOffset? DeclinedAt = null);

public sealed record OutgoingReferralView(Guid ReferralId, string ToHubId, Guid BookingId, string Status, long StatusVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ReferralSlot(string ExpertId, string Start, string Kind);

/// <summary>What a versioned write gave: the new state and its version, or the problem (412: someone else changed it).</summary>
public static class VersionedWrite
{
    public static bool IsStale(ApiProblem? problem) => problem?.Status == System.Net.HttpStatusCode.PreconditionFailed;
}

/// <summary>What the hub's mail sender did for one booking (GET …/bookings/{id}/mail); addresses stay on the booking.</summary>
public sealed record StaffBookingMail(Guid BookingId, bool Undeliverable, IReadOnlyList<StaffMailDelivery> Mails);

public sealed record StaffMailDelivery(
    Guid Id, string MessageId, string Kind, string To, string Status, int Attempts,
    DateTimeOffset DueAt, DateTimeOffset DecidedAt, DateTimeOffset? SentAt, string? LastError);

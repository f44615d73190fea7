namespace Hubs.HubNode.Tests.Support;

/// <summary>The JSON of a booking, read loosely so the tests check the wire format rather than our own types.</summary>
public sealed record BookingView(
    Guid Id,
    Guid ExpertId,
    Guid CaseId,
    string Kind,
    string Status,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZone,
    string StartLocal,
    string VideoLink,
    long Version,
    int Sequence,
    BookingIntakeView Intake,
    OutcomeView? Outcome);

public sealed record BookingIntakeView(string CompanyName, string? VatNumber, string Email, IReadOnlyList<string> Topics, string Need);

public sealed record OutcomeView(string Attendance, string Category, string? Notes, string? GrantCallReference);

public sealed record CreatedView(
    Guid Id,
    string ManageToken,
    string VideoLink,
    string InviteUrl,
    string ManageUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Kind,
    Guid ExpertId,
    string Status,
    Guid CaseId,
    long Version);

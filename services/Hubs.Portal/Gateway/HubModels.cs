namespace Hubs.Portal.Gateway;

// A hub node's answers as the pages read them; see services/Hubs.HubNode for the API.

public sealed record HubProfile(
    string Id, string Name, string City, string Province, IReadOnlyList<string> Specialties, IReadOnlyList<string> Languages, string? PublicUrl, string? ContactEmail);

public sealed record HubExpert(Guid Id, string Name, string Title, string Bio, IReadOnlyList<string> Competencies, IReadOnlyList<string> Languages);

public sealed record FreeSlot(Guid ExpertId, string ExpertName, DateTimeOffset Start, DateTimeOffset End);

public sealed record ConsentText(string Version, IReadOnlyDictionary<string, string> Texts);

public sealed record IntakeForm(
    string CompanyName, string? VatNumber, string AtecoSection, string SizeClass, string ProvinceCode, IReadOnlyList<string> Topics,
    string Need, string Email, bool Consent, string ConsentVersion);

public sealed record BookingOrder(string ExpertId, string Start, string Kind, string? CaseId, IntakeForm? Intake);

public sealed record BookingCreated(Guid Id, string ManageToken, string VideoLink, string InviteUrl, DateTimeOffset Start, DateTimeOffset End, string Kind, Guid ExpertId, Guid CaseId);

public sealed record BookingView(
    Guid Id, Guid ExpertId, Guid CaseId, string Kind, string Status, DateTimeOffset Start, DateTimeOffset End, string TimeZone,
    string VideoLink, int Sequence, BookingOutcomeView? Outcome);

public sealed record BookingOutcomeView(string Attendance, string Category);

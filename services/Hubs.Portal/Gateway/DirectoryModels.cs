namespace Hubs.Portal.Gateway;

// The directory's answers as the pages read them (only the members they use); see services/Hubs.Directory for the API.

public sealed record HubSummary(
    string Id, string Name, string City, string ProvinceCode, string? Region, double Latitude, double Longitude,
    IReadOnlyList<string> Specialties, IReadOnlyList<string> Languages, string Status, int ExpertCount, string? PublicUrl);

public sealed record ReferralNeed(
    string ProvinceCode, IReadOnlyList<string> Topics, string? AtecoSection, string? SizeClass, string? Language, string? Urgency, ReferrerNeed? Referrer);

public sealed record ReferrerNeed(string Kind, string Name);

public sealed record ReferralAnswer(Guid ReferralId, IReadOnlyList<RankedHubAnswer> Hubs);

public sealed record RankedHubAnswer(
    string HubId, string Name, string City, string ProvinceCode, string HubStatus, double Score, double DistanceKm,
    DateTimeOffset? EarliestFreeSlot, IReadOnlyList<ReferredExpertAnswer> Experts, ExplanationAnswer Explanation, ScoreBreakdownAnswer Breakdown);

public sealed record ReferredExpertAnswer(Guid ExpertId, string Name, string Title, IReadOnlyList<string> MatchedTopics, DateTimeOffset? NextFreeBrainstorming);

public sealed record ExplanationAnswer(string It, string En);

public sealed record ScoreBreakdownAnswer(ScorePartAnswer Competence, ScorePartAnswer Distance, ScorePartAnswer EarliestSlot, ScorePartAnswer Language, ScorePartAnswer LoadBalance);

public sealed record ScorePartAnswer(double Value, double Weight, double Points);

public sealed record ExpertListing(IReadOnlyList<DirectoryExpert> Items, int Page, int PageSize, long Total, ExpertFacetCounts Facets);

public sealed record DirectoryExpert(
    string HubId, Guid ExpertId, string Name, string Title, string Bio, IReadOnlyList<CompetencyLabel> Competencies,
    IReadOnlyList<string> Languages, string HubStatus, DateTimeOffset? NextFreeBrainstorming);

public sealed record CompetencyLabel(string Code, string LabelIt, string LabelEn);

public sealed record ExpertFacetCounts(
    IReadOnlyDictionary<string, long> Topic, IReadOnlyDictionary<string, long> Hub, IReadOnlyDictionary<string, long> Region, IReadOnlyDictionary<string, long> Language);

public sealed record ExpertFilter(string? Topic, string? Hub, string? Q, string? Language, string? Region, string? Province, int? FreeWithinDays, int Page);

public sealed record ReferralAcceptance(string HubId, bool Consent, string ConsentVersion, AcceptedIntake Intake);

public sealed record AcceptedIntake(
    string CompanyName, string? VatNumber, string AtecoSection, string SizeClass, string ProvinceCode, IReadOnlyList<string> Topics, string Need, string Email);

public sealed record AcceptedReferral(Guid ReferralId, string HubId, string Status);

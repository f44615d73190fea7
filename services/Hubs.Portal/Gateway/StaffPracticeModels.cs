namespace Hubs.Portal.Gateway;

// Practices as their author hub's staff and the exchange answer them; see services/Hubs.HubNode/Practices and
// services/Hubs.Exchange (Practices, Previews, Adoptions, Endorsements) for the APIs.

/// <summary>A practice as its hub stores it: the Markdown as written.</summary>
public sealed record StaffPractice(
    Guid Id, string Title, string Summary, string BodyMarkdown, IReadOnlyList<string> Topics, string ResultsAchieved, IReadOnlyList<string> Links,
    string Language, string? GrantCallReference, long Version, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);

/// <summary>The body of a publish or a new version.</summary>
public sealed record PracticeContent(
    string Title, string Summary, string BodyMarkdown, IReadOnlyList<string> Topics, string ResultsAchieved, IReadOnlyList<string> Links,
    string Language, string? GrantCallReference);

/// <summary>The exchange's safe rendering of a body, before it is published.</summary>
public sealed record PracticePreview(string BodyHtml);

public sealed record PracticeAdoption(Guid AdoptionId, string PracticeHubId, Guid PracticeId, long PracticeVersion, string AdoptingHubId, string Note, DateTimeOffset AdoptedAt);

public sealed record PracticeEndorsement(string PracticeHubId, Guid PracticeId, string HubId, DateTimeOffset EndorsedAt);

namespace Hubs.Portal.Gateway;

// The exchange's answers as the pages read them (only the members they use); see services/Hubs.Exchange for the API.

public sealed record PracticeListing(IReadOnlyList<PracticeSummary> Items, int Page, int PageSize, long Total);

public sealed record PracticeSummary(
    string HubId, string? HubName, Guid PracticeId, string Title, string Summary, IReadOnlyList<string> Topics, string Language,
    string? GrantCallReference, DateTimeOffset UpdatedAt, long Adoptions, long Endorsements);

/// <summary>One practice in full; <see cref="BodyHtml"/> is the exchange's safe rendering of its Markdown (raw HTML escaped, links checked).</summary>
public sealed record PracticeFull(
    string HubId, string? HubName, Guid PracticeId, long Version, string Title, string Summary, string BodyHtml, IReadOnlyList<string> Topics,
    string ResultsAchieved, IReadOnlyList<string> Links, string Language, string? GrantCallReference, DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt, long Adoptions, long Endorsements);

public sealed record PracticeFilter(string? Q, string? Topic, string? Hub, int Page);

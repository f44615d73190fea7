namespace Hubs.HubNode.Practices;

/// <summary>A practice as the hub's API shows it (the Markdown as written; the exchange serves it rendered).</summary>
public sealed record PracticeResponse(
    Guid Id,
    string Title,
    string Summary,
    string BodyMarkdown,
    IReadOnlyList<string> Topics,
    string ResultsAchieved,
    IReadOnlyList<string> Links,
    string Language,
    string? GrantCallReference,
    long Version,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt)
{
    public static PracticeResponse From(Practice practice) => new(
        practice.Id, practice.Title, practice.Summary, practice.BodyMarkdown, practice.Topics, practice.ResultsAchieved,
        practice.Links, practice.Language, practice.GrantCallReference, practice.Version, practice.PublishedAt, practice.UpdatedAt);
}

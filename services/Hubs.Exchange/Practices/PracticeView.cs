namespace Hubs.Exchange.Practices;

/// <summary>One practice in full. <see cref="BodyHtml"/> is safe to insert in a page as it is.</summary>
public sealed record PracticeView(
    string HubId,
    string? HubName,
    Guid PracticeId,
    long Version,
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    IReadOnlyList<string> Topics,
    string ResultsAchieved,
    IReadOnlyList<string> Links,
    string Language,
    string? GrantCallReference,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    long Adoptions,
    long Endorsements)
{
    public static PracticeView From(PracticeRecord p) => new(
        p.HubId, p.HubName, p.PracticeId, p.Version, p.Title, p.Summary, p.BodyMarkdown, p.BodyHtml, p.Topics,
        p.ResultsAchieved, p.Links, p.Language, p.GrantCallReference, p.PublishedAt, p.UpdatedAt, p.Adoptions, p.Endorsements);
}

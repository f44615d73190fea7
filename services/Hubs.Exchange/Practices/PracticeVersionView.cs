namespace Hubs.Exchange.Practices;

/// <summary>One past or current version in full. <see cref="BodyHtml"/> is safe to insert in a page as it is.</summary>
public sealed record PracticeVersionView(
    string HubId,
    Guid PracticeId,
    long Version,
    bool Current,
    string Title,
    string Summary,
    string BodyMarkdown,
    string BodyHtml,
    IReadOnlyList<string> Topics,
    string ResultsAchieved,
    IReadOnlyList<string> Links,
    string Language,
    string? GrantCallReference,
    DateTimeOffset OccurredAt)
{
    public static PracticeVersionView From(PracticeVersionRecord v, long currentVersion) => new(
        v.HubId, v.PracticeId, v.Version, v.Version == currentVersion, v.Title, v.Summary, v.BodyMarkdown, v.BodyHtml,
        v.Topics, v.ResultsAchieved, v.Links, v.Language, v.GrantCallReference, v.OccurredAt);
}

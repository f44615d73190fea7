namespace Hubs.Exchange.Practices;

/// <summary>A practice in a list: everything but the body and the links.</summary>
public sealed record PracticeSummaryView(
    string HubId,
    string? HubName,
    Guid PracticeId,
    long Version,
    string Title,
    string Summary,
    IReadOnlyList<string> Topics,
    string Language,
    string? GrantCallReference,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    long Adoptions,
    long Endorsements)
{
    public static PracticeSummaryView From(PracticeRecord p) => new(
        p.HubId, p.HubName, p.PracticeId, p.Version, p.Title, p.Summary, p.Topics, p.Language, p.GrantCallReference,
        p.PublishedAt, p.UpdatedAt, p.Adoptions, p.Endorsements);
}

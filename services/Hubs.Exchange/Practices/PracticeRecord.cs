namespace Hubs.Exchange.Practices;

/// <summary>A practice as the exchange holds it now: the newest version it has applied, with the counts other hubs added.</summary>
public sealed record PracticeRecord
{
    public required string HubId { get; init; }

    /// <summary>Null until the hub has announced itself to the exchange.</summary>
    public string? HubName { get; init; }
    public required Guid PracticeId { get; init; }
    public required long Version { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string BodyMarkdown { get; init; }

    /// <summary>Rendered once, when the version arrived (see <see cref="PracticeMarkdown"/>).</summary>
    public required string BodyHtml { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required string ResultsAchieved { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Language { get; init; }
    public string? GrantCallReference { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required long Adoptions { get; init; }
    public required long Endorsements { get; init; }
}

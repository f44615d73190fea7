namespace Hubs.Exchange.Practices;

/// <summary>One published version of a practice, as it arrived.</summary>
public sealed record PracticeVersionRecord
{
    public required string HubId { get; init; }
    public required Guid PracticeId { get; init; }
    public required long Version { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string BodyMarkdown { get; init; }
    public required string BodyHtml { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required string ResultsAchieved { get; init; }
    public required IReadOnlyList<string> Links { get; init; }
    public required string Language { get; init; }
    public string? GrantCallReference { get; init; }

    /// <summary>When the hub wrote this version.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}

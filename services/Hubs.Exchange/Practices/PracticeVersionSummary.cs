namespace Hubs.Exchange.Practices;

/// <summary>A version in a practice's history.</summary>
public sealed record PracticeVersionSummary(long Version, string Title, string Summary, DateTimeOffset OccurredAt, bool Current);

namespace Hubs.Exchange.Practices;

/// <summary>One page of matches and how many there are in all.</summary>
public sealed record PracticeSearchResult(IReadOnlyList<PracticeRecord> Items, long Total);

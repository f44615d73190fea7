namespace Hubs.Directory.Experts;

/// <summary>One page of listed experts and how many match in all.</summary>
public sealed record ExpertSearchResult(IReadOnlyList<ExpertRecord> Items, long Total);

namespace Hubs.Directory.Experts;

/// <summary>One page of listed experts, how many match in all, and the facet counts of the search.</summary>
public sealed record ExpertSearchResult(IReadOnlyList<ExpertRecord> Items, long Total, ExpertFacets Facets);

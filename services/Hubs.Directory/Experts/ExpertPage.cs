namespace Hubs.Directory.Experts;

/// <summary>One page of experts; <see cref="Total"/> counts every match, so a page past the end is empty but truthful.</summary>
public sealed record ExpertPage(IReadOnlyList<ExpertView> Items, int Page, int PageSize, long Total, ExpertFacets Facets);

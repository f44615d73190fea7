namespace Hubs.Exchange.Practices;

/// <summary>One page of practices; <see cref="Total"/> counts every match.</summary>
public sealed record PracticePage(IReadOnlyList<PracticeSummaryView> Items, int Page, int PageSize, long Total);

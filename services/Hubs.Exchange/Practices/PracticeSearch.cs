namespace Hubs.Exchange.Practices;

/// <summary>A validated practice search: every filter optional, <see cref="Terms"/> already normalised.</summary>
public sealed record PracticeSearch
{
    public string? Topic { get; init; }
    public string? HubId { get; init; }
    public string? Language { get; init; }

    /// <summary>Each term must appear in the practice's search text (see <see cref="PracticeSearchText"/>).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = PracticeQuery.DefaultPageSize;

    public long Skip => (long)(Page - 1) * PageSize;
}

namespace Hubs.Directory.Experts;

/// <summary>A validated expert search: every filter optional, <see cref="Terms"/> already normalised.</summary>
public sealed record ExpertSearch
{
    public string? Topic { get; init; }
    public string? HubId { get; init; }

    /// <summary>Each term must appear in the expert's search text (see <see cref="SearchText"/>).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public long Skip => (long)(Page - 1) * PageSize;
}

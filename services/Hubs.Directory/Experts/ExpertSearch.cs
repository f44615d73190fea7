namespace Hubs.Directory.Experts;

/// <summary>A validated expert search: every filter optional, <see cref="Terms"/> already normalised.</summary>
public sealed record ExpertSearch
{
    /// <summary>An expert matches when they have at least one of these competencies; empty = any.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public string? HubId { get; init; }

    /// <summary>ISO 639-1 code the expert must speak.</summary>
    public string? Language { get; init; }

    /// <summary>The region's name as in the province list; its hubs' province must be one of the region's.</summary>
    public string? Region { get; init; }

    /// <summary>The province code (sigla) of the expert's hub.</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>The expert's latest summary must offer a brainstorming starting no later than this instant.</summary>
    public DateTimeOffset? FreeBy { get; init; }

    /// <summary>Each term must appear in the expert's search text (see <see cref="SearchText"/>).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public long Skip => (long)(Page - 1) * PageSize;
}

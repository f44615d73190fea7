namespace Hubs.Directory.Export;

/// <summary>A page as the HSDS 3.0 API returns lists (<c>Page</c> in its openapi.json); the export puts a whole list on one page.</summary>
public sealed record HsdsPage<T>
{
    public required int TotalItems { get; init; }
    public required int TotalPages { get; init; }
    public required int PageNumber { get; init; }
    public required int Size { get; init; }
    public required bool FirstPage { get; init; }
    public required bool LastPage { get; init; }
    public required bool Empty { get; init; }
    public required IReadOnlyList<T> Contents { get; init; }
}

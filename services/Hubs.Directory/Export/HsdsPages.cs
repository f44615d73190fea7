namespace Hubs.Directory.Export;

public static class HsdsPages
{
    /// <summary>The whole list on one page.</summary>
    public static HsdsPage<T> Whole<T>(IReadOnlyList<T> items) => new()
    {
        TotalItems = items.Count,
        TotalPages = 1,
        PageNumber = 1,
        Size = items.Count,
        FirstPage = true,
        LastPage = true,
        Empty = items.Count == 0,
        Contents = items,
    };
}

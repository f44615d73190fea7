namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>Which practices anyone may see or act on, as SQL over the <c>practices</c> table aliased <c>p</c>.</summary>
internal static class PracticeVisibility
{
    /// <summary>Not withdrawn, and its hub not suspended by the network (a suspended hub's practices stay, hidden).</summary>
    public const string Shown =
        "p.withdrawn = 0 AND NOT EXISTS (SELECT 1 FROM hub_memberships AS m WHERE m.hub_id = p.hub_id AND m.suspended = 1)";
}

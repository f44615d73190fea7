namespace Hubs.Directory.Storage.ReadModel;

/// <summary>The search's order, as SQL's <c>ORDER BY sort_name, name, hub_id, expert_id</c> gives it.</summary>
internal sealed class ListedOrder : IComparer<ListedExpert>
{
    public static readonly ListedOrder Instance = new();

    public int Compare(ListedExpert? x, ListedExpert? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = CodePointOrder.Compare(x.SortName, y.SortName);
        if (order == 0)
        {
            order = CodePointOrder.Compare(x.Record.Name, y.Record.Name);
        }

        if (order == 0)
        {
            order = CodePointOrder.Compare(x.Key.HubId, y.Key.HubId);
        }

        return order != 0 ? order : CodePointOrder.Compare(x.Key.ExpertId, y.Key.ExpertId);
    }
}

using Hubs.Directory.Experts;
using Hubs.Directory.Hubs;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// One immutable state of the read model: readers keep the one they got while the model publishes the next, so a
/// search needs no lock and sees one consistent directory.
/// </summary>
internal sealed class DirectoryView
{
    private ExpertRecord[]? _byHubAndId;
    private Dictionary<string, int>? _countByHub;

    public DirectoryView(ListedExpert[] listed, HubRecord[] hubs)
    {
        Listed = listed;
        Hubs = hubs;
        HubsById = hubs.ToDictionary(h => h.HubId, StringComparer.Ordinal);
        Places = hubs.ToDictionary(
            h => h.HubId,
            h => new HubPlace(h.ProvinceCode, Regions.Of(h.ProvinceCode), h.Suspended),
            StringComparer.Ordinal);
    }

    /// <summary>Listed experts in the search's order (<see cref="ListedOrder"/>).</summary>
    public ListedExpert[] Listed { get; }

    /// <summary>Every hub heard of, placeholders included, by id.</summary>
    public HubRecord[] Hubs { get; }

    public IReadOnlyDictionary<string, HubRecord> HubsById { get; }

    public IReadOnlyDictionary<string, HubPlace> Places { get; }

    public DirectoryView WithHubs(HubRecord[] hubs) => new(Listed, hubs);

    /// <summary>Listed experts by hub id then expert id; made on first use, a referral's candidates are read from it.</summary>
    public ExpertRecord[] ByHubAndId => _byHubAndId ??= [.. Listed
        .OrderBy(e => e.Key.HubId, Comparer<string>.Create(CodePointOrder.Compare))
        .ThenBy(e => e.Key.ExpertId, StringComparer.Ordinal)
        .Select(e => e.Record)];

    public IReadOnlyDictionary<string, int> CountByHub => _countByHub ??= Listed
        .GroupBy(e => e.Key.HubId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

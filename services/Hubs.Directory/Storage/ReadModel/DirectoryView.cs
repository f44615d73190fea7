using Hubs.Directory.Experts;
using Hubs.Directory.Registry;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// One immutable state of the read model: readers keep the one they got while the model publishes the next, so a
/// search needs no lock and sees one consistent directory. Made only while holding the model's refresh turn.
/// </summary>
internal sealed class DirectoryView
{
    // Made on first use by whichever reader needs them; two readers racing build the same thing.
    private ListedExpert[]? _byHubAndId;
    private Dictionary<int, int[]>? _positionsByTopic;
    private Dictionary<string, int>? _countByHub;
    private int[][]? _positionsByWord;

    public DirectoryView(
        ListedExpert[] listed, HubRecord[] hubs, FacetCodes codes, FacetCodes words, IReadOnlyDictionary<string, HubAggregate> byHub)
    {
        Listed = listed;
        ByHub = byHub;
        Hubs = hubs;
        HubsById = hubs.ToDictionary(h => h.HubId, StringComparer.Ordinal);
        Codes = codes;
        var places = hubs.Select(h => (Code: codes.Add(h.HubId), Place: Place(h, codes))).ToList();
        CodeValues = codes.Values();
        Words = words.Values();
        Places = [.. Enumerable.Repeat(HubPlace.Unknown, CodeValues.Count)];
        foreach (var (code, place) in places)
        {
            Places[code] = place;
        }
    }

    /// <summary>Listed experts in the search's order (<see cref="ListedOrder"/>).</summary>
    public ListedExpert[] Listed { get; }

    /// <summary>Every hub heard of, placeholders included, by id.</summary>
    public HubRecord[] Hubs { get; }

    /// <summary>By hub id, the hub's listed experts as a referral reads them; only hubs with a listed expert.</summary>
    public IReadOnlyDictionary<string, HubAggregate> ByHub { get; }

    public IReadOnlyDictionary<string, HubRecord> HubsById { get; }

    public FacetCodes Codes { get; }

    /// <summary>Every faceted value by its code, as of this view: counts are kept in arrays of this length.</summary>
    public ArraySegment<string> CodeValues { get; }

    /// <summary>Every word of the experts' search texts by its code, as of this view (see <see cref="ListedExpert.Words"/>).</summary>
    public ArraySegment<string> Words { get; }

    /// <summary>By hub code; <see cref="HubPlace.Unknown"/> for a hub the registry has not heard of.</summary>
    public HubPlace[] Places { get; }

    /// <summary>Listed experts by hub id then expert id, the order a referral's candidates are read in.</summary>
    public ListedExpert[] ByHubAndId => _byHubAndId ??= [.. Listed
        .OrderBy(e => e.Key.HubId, Comparer<string>.Create(CodePointOrder.Compare))
        .ThenBy(e => e.Key.ExpertId, StringComparer.Ordinal)];

    /// <summary>Positions in <see cref="ByHubAndId"/> of the experts having each topic code.</summary>
    public IReadOnlyDictionary<int, int[]> PositionsByTopic => _positionsByTopic ??= ByHubAndId
        .SelectMany((e, position) => e.Topics.Select(topic => (Topic: topic, Position: position)))
        .GroupBy(p => p.Topic)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Position).ToArray());

    /// <summary>
    /// By word code (<see cref="Words"/>), the positions in <see cref="Listed"/>, ascending, of the experts whose search
    /// text has that word: a text term's candidates are the experts of the words holding it, not the whole directory.
    /// </summary>
    public int[][] PositionsByWord => _positionsByWord ??= IndexWords(Listed, Words.Count);

    public IReadOnlyDictionary<string, int> CountByHub => _countByHub ??= Listed
        .GroupBy(e => e.Key.HubId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static int[][] IndexWords(ListedExpert[] listed, int words)
    {
        var counts = new int[words];
        foreach (var expert in listed)
        {
            foreach (var word in expert.Words)
            {
                counts[word]++;
            }
        }

        var postings = new int[words][];
        for (var word = 0; word < words; word++)
        {
            postings[word] = counts[word] == 0 ? [] : new int[counts[word]];
        }

        var filled = new int[words];
        for (var position = 0; position < listed.Length; position++)
        {
            foreach (var word in listed[position].Words)
            {
                postings[word][filled[word]++] = position;
            }
        }

        return postings;
    }

    private static HubPlace Place(HubRecord hub, FacetCodes codes) =>
        new(hub.ProvinceCode, Regions.Of(hub.ProvinceCode) is { } region ? codes.Add(region) : FacetCodes.None, hub.Suspended);
}

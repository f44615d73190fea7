using Hubs.Directory.Experts;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// An expert search answered from a <see cref="DirectoryView"/>, with the SQL adapter's semantics (ExpertFilterSql and
/// <see cref="FacetTally"/>): one pass over the experts in order counts the total and the facets and takes the page.
/// Faceted values are compared and counted by their <see cref="FacetCodes"/>.
/// </summary>
internal static class MemorySearch
{
    // A filter not asked for, and one asked for a value no expert or hub ever had (which must not match a hub without
    // a region, whose region code is FacetCodes.None).
    private const int Any = -2;
    private const int Nothing = -3;

    public static ExpertSearchResult Search(DirectoryView view, ExpertSearch search)
    {
        var size = view.CodeValues.Length;
        var topicCounts = new long[size];
        var hubCounts = new long[size];
        var regionCounts = new long[size];
        var languageCounts = new long[size];
        var topics = search.Topics.Select(t => Wanted(view, t)).ToArray();
        var hubWanted = Wanted(view, search.HubId);
        var regionWanted = Wanted(view, search.Region);
        var languageWanted = Wanted(view, search.Language);
        var freeBy = search.FreeBy?.UtcTicks;
        var page = new List<ExpertRecord>(search.PageSize);
        long total = 0;

        foreach (var expert in view.Listed)
        {
            var place = view.Places[expert.HubCode];
            if (place.Suspended
                || (search.ProvinceCode is not null && place.ProvinceCode != search.ProvinceCode)
                || (freeBy is { } by && (expert.NextFreeBrainstormingTicks is not { } next || next > by))
                || !HasAllTerms(expert.SearchText, search.Terms))
            {
                continue;
            }

            var topic = topics.Length == 0 || HasAny(expert.Topics, topics);
            var hub = hubWanted == Any || expert.HubCode == hubWanted;
            var inRegion = regionWanted == Any || place.RegionCode == regionWanted;
            var language = languageWanted == Any || Array.IndexOf(expert.Languages, languageWanted) >= 0;

            if (topic && hub && inRegion && language)
            {
                if (total >= search.Skip && page.Count < search.PageSize)
                {
                    page.Add(expert.Record);
                }

                total++;
            }

            if (hub && inRegion && language)
            {
                AddAll(topicCounts, expert.Topics);
            }

            if (topic && inRegion && language)
            {
                hubCounts[expert.HubCode]++;
            }

            // A province the list does not know has no region to count under.
            if (topic && hub && language && place.RegionCode >= 0)
            {
                regionCounts[place.RegionCode]++;
            }

            if (topic && hub && inRegion)
            {
                AddAll(languageCounts, expert.Languages);
            }
        }

        return new ExpertSearchResult(page, total, new ExpertFacets(
            Named(topicCounts, view.CodeValues), Named(hubCounts, view.CodeValues),
            Named(regionCounts, view.CodeValues), Named(languageCounts, view.CodeValues)));
    }

    /// <summary>Listed experts of any hub, suspended or not, having one of <paramref name="topics"/>, by hub id then expert id.</summary>
    public static IReadOnlyList<ExpertRecord> ByTopics(DirectoryView view, IReadOnlyCollection<string> topics)
    {
        var lists = topics
            .Select(view.Codes.Find)
            .Distinct()
            .Select(code => view.PositionsByTopic.GetValueOrDefault(code))
            .OfType<int[]>()
            .ToList();
        IEnumerable<int> positions = lists.Count == 1 ? lists[0] : lists.SelectMany(p => p).Distinct().Order();
        var experts = view.ByHubAndId;
        return [.. positions.Select(p => experts[p].Record)];
    }

    private static int Wanted(DirectoryView view, string? value) =>
        value is null ? Any : view.Codes.Find(value) is >= 0 and var code ? code : Nothing;

    private static bool HasAllTerms(string text, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            if (!text.Contains(term, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAny(int[] codes, int[] wanted)
    {
        foreach (var code in codes)
        {
            if (Array.IndexOf(wanted, code) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAll(long[] counts, int[] codes)
    {
        foreach (var code in codes)
        {
            counts[code]++;
        }
    }

    private static SortedDictionary<string, long> Named(long[] counts, string[] values)
    {
        var named = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var code = 0; code < counts.Length; code++)
        {
            if (counts[code] > 0)
            {
                named[values[code]] = counts[code];
            }
        }

        return named;
    }
}

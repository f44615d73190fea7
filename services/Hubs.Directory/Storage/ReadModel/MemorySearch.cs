using Hubs.Directory.Experts;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// An expert search answered from a <see cref="DirectoryView"/>, with the SQL adapter's semantics (ExpertFilterSql and
/// <see cref="FacetTally"/>): one pass over the experts in order counts the total and the facets and takes the page.
/// </summary>
internal static class MemorySearch
{
    public static ExpertSearchResult Search(DirectoryView view, ExpertSearch search)
    {
        var topics = new Dictionary<string, long>(StringComparer.Ordinal);
        var hubs = new Dictionary<string, long>(StringComparer.Ordinal);
        var regions = new Dictionary<string, long>(StringComparer.Ordinal);
        var languages = new Dictionary<string, long>(StringComparer.Ordinal);
        var page = new List<ExpertRecord>(search.PageSize);
        var freeBy = search.FreeBy?.UtcTicks;
        long total = 0;

        foreach (var expert in view.Listed)
        {
            var place = view.Places.GetValueOrDefault(expert.HubId);
            if (place.Suspended
                || (search.ProvinceCode is not null && place.ProvinceCode != search.ProvinceCode)
                || (freeBy is { } by && (expert.NextFreeBrainstormingTicks is not { } next || next > by))
                || !HasAllTerms(expert.SearchText, search.Terms))
            {
                continue;
            }

            var topic = search.Topics.Count == 0 || HasAny(expert.Topics, search.Topics);
            var hub = search.HubId is null || expert.HubId == search.HubId;
            var inRegion = search.Region is null || place.Region == search.Region;
            var language = search.Language is null || Array.IndexOf(expert.Languages, search.Language) >= 0;

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
                AddAll(topics, expert.Topics);
            }

            if (topic && inRegion && language)
            {
                Add(hubs, expert.HubId);
            }

            if (topic && hub && language && place.Region is not null)
            {
                Add(regions, place.Region);
            }

            if (topic && hub && inRegion)
            {
                AddAll(languages, expert.Languages);
            }
        }

        return new ExpertSearchResult(page, total, new ExpertFacets(Sorted(topics), Sorted(hubs), Sorted(regions), Sorted(languages)));
    }

    /// <summary>Listed experts of any hub, suspended or not, having one of <paramref name="topics"/>, by hub id then expert id.</summary>
    public static IReadOnlyList<ExpertRecord> ByTopics(DirectoryView view, IReadOnlyCollection<string> topics) =>
        [.. view.ByHubAndId.Where(e => e.Competencies.Any(topics.Contains))];

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

    private static bool HasAny(string[] codes, IReadOnlyList<string> wanted)
    {
        foreach (var code in codes)
        {
            foreach (var want in wanted)
            {
                if (string.Equals(code, want, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddAll(Dictionary<string, long> counts, string[] keys)
    {
        foreach (var key in keys)
        {
            Add(counts, key);
        }
    }

    private static void Add(Dictionary<string, long> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static SortedDictionary<string, long> Sorted(Dictionary<string, long> counts) => new(counts, StringComparer.Ordinal);
}

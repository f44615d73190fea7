namespace Hubs.Directory.Experts;

/// <summary>
/// Counts the total and the facets of a search from the experts grouped by the four faceted attributes (hub, province,
/// competencies, languages), already filtered by everything else. A store makes one grouped scan instead of one per
/// facet; each facet applies every filter but its own.
/// </summary>
public static class FacetTally
{
    public static (long Total, ExpertFacets Facets) Count(ExpertSearch search, IEnumerable<ExpertGroup> groups)
    {
        long total = 0;
        var topics = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var hubs = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var regions = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var languages = new SortedDictionary<string, long>(StringComparer.Ordinal);

        foreach (var group in groups)
        {
            var region = Regions.Of(group.ProvinceCode);
            var topic = search.Topics.Count == 0 || group.Competencies.Any(c => search.Topics.Contains(c, StringComparer.Ordinal));
            var hub = search.HubId is null || group.HubId == search.HubId;
            var inRegion = search.Region is null || region == search.Region;
            var language = search.Language is null || group.Languages.Contains(search.Language, StringComparer.Ordinal);

            if (topic && hub && inRegion && language)
            {
                total += group.Count;
            }

            if (hub && inRegion && language)
            {
                // Distinct: an expert listing a code twice counts once.
                foreach (var code in group.Competencies.Distinct(StringComparer.Ordinal))
                {
                    Add(topics, code, group.Count);
                }
            }

            if (topic && inRegion && language)
            {
                Add(hubs, group.HubId, group.Count);
            }

            // A province the list does not know has no region to count under.
            if (topic && hub && language && region is not null)
            {
                Add(regions, region, group.Count);
            }

            if (topic && hub && inRegion)
            {
                foreach (var code in group.Languages.Distinct(StringComparer.Ordinal))
                {
                    Add(languages, code, group.Count);
                }
            }
        }

        return (total, new ExpertFacets(topics, hubs, regions, languages));
    }

    private static void Add(SortedDictionary<string, long> counts, string key, long count) =>
        counts[key] = counts.GetValueOrDefault(key) + count;
}

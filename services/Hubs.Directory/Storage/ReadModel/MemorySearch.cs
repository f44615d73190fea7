using Hubs.Directory.Experts;
using Hubs.Directory.Referrals;

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
        var size = view.CodeValues.Count;
        var topicCounts = new long[size];
        var hubCounts = new long[size];
        var regionCounts = new long[size];
        var languageCounts = new long[size];
        var topics = search.Topics.Select(t => Wanted(view, t)).ToArray();
        var hubWanted = Wanted(view, search.HubId);
        var regionWanted = Wanted(view, search.Region);
        var languageWanted = Wanted(view, search.Language);
        var freeBy = search.FreeBy?.UtcTicks;
        var terms = search.Terms.Select(t => WordsHolding(view, t)).ToArray();
        var page = new List<ExpertRecord>(search.PageSize);
        long total = 0;

        // With a text term, only the experts having a word that holds it can match: read those, in the same order.
        foreach (var expert in Candidates(view, terms) ?? view.Listed)
        {
            var place = view.Places[expert.HubCode];
            if (place.Suspended
                || (search.ProvinceCode is not null && place.ProvinceCode != search.ProvinceCode)
                || (freeBy is { } by && (expert.NextFreeBrainstormingTicks is not { } next || next > by))
                || !HasAllTerms(expert, search.Terms, terms))
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
        var experts = view.ByHubAndId;
        if (lists.Count == 1)
        {
            return [.. lists[0].Select(p => experts[p].Record)];
        }

        // Several topics: mark the positions, then read them in order (an expert having two of them comes once).
        var marked = new bool[experts.Length];
        foreach (var position in lists.SelectMany(p => p))
        {
            marked[position] = true;
        }

        var found = new List<ExpertRecord>();
        for (var position = 0; position < marked.Length; position++)
        {
            if (marked[position])
            {
                found.Add(experts[position].Record);
            }
        }

        return found;
    }

    /// <summary>Listed experts of <paramref name="hubId"/>, suspended or not, having one of <paramref name="topics"/>, by expert id.</summary>
    public static IReadOnlyList<ExpertRecord> ByTopics(DirectoryView view, string hubId, IReadOnlyCollection<string> topics) =>
        view.ByHub.TryGetValue(hubId, out var hub) ? hub.Having([.. topics.Select(view.Codes.Find)]) : [];

    /// <summary>What each hub's experts having one of <paramref name="topics"/> offer a referral, read from the hubs' aggregates.</summary>
    public static IReadOnlyDictionary<string, ExpertMatch> MatchByHub(DirectoryView view, IReadOnlyList<string> topics, string? language)
    {
        int[] codes = [.. topics.Select(view.Codes.Find)];
        var languageCode = language is null ? FacetCodes.None : view.Codes.Find(language);
        var matches = new Dictionary<string, ExpertMatch>(StringComparer.Ordinal);
        foreach (var (hubId, hub) in view.ByHub)
        {
            if (hub.Match(topics, codes, language, languageCode) is { } match)
            {
                matches[hubId] = match;
            }
        }

        return matches;
    }

    /// <summary>
    /// The experts, in <see cref="DirectoryView.Listed"/> order, having a word that holds the most selective term;
    /// null when no term narrows the search (no term, or only terms with a space). Every expert matching all the terms is
    /// among them, and the search still tests each one against every term.
    /// </summary>
    private static ListedExpert[]? Candidates(DirectoryView view, bool[]?[] terms)
    {
        var postings = view.PositionsByWord;
        List<int[]>? narrowest = null;
        var fewest = long.MaxValue;
        foreach (var holding in terms)
        {
            if (holding is null)
            {
                continue;
            }

            var lists = new List<int[]>();
            long count = 0;
            for (var word = 0; word < holding.Length; word++)
            {
                if (holding[word] && postings[word].Length > 0)
                {
                    lists.Add(postings[word]);
                    count += postings[word].Length;
                }
            }

            if (count < fewest)
            {
                (narrowest, fewest) = (lists, count);
            }
        }

        if (narrowest is null)
        {
            return null;
        }

        // One word: its list is already in order, without repeats. Several: an expert having two of them comes once.
        var positions = narrowest.Count == 1 ? narrowest[0] : [.. narrowest.SelectMany(p => p).Order().Distinct()];
        var candidates = new ListedExpert[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            candidates[i] = view.Listed[positions[i]];
        }

        return candidates;
    }

    private static int Wanted(DirectoryView view, string? value) =>
        value is null ? Any : view.Codes.Find(value) is >= 0 and var code ? code : Nothing;

    /// <summary>Which of the directory's words hold <paramref name="term"/>; null for a term with a space (tested on the text).</summary>
    private static bool[]? WordsHolding(DirectoryView view, string term)
    {
        if (term.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var holding = new bool[view.Words.Count];
        for (var code = 0; code < holding.Length; code++)
        {
            holding[code] = view.Words[code].Contains(term, StringComparison.Ordinal);
        }

        return holding;
    }

    private static bool HasAllTerms(ListedExpert expert, IReadOnlyList<string> terms, bool[]?[] holding)
    {
        for (var i = 0; i < holding.Length; i++)
        {
            if (holding[i] is { } words ? !HasAnyWord(expert.Words, words) : !expert.SearchText.Contains(terms[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAnyWord(int[] codes, bool[] holding)
    {
        foreach (var code in codes)
        {
            if (holding[code])
            {
                return true;
            }
        }

        return false;
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

    private static SortedDictionary<string, long> Named(long[] counts, ArraySegment<string> values)
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

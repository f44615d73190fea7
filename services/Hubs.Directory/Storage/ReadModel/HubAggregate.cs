using Hubs.Directory.Experts;
using Hubs.Directory.Referrals;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// One hub's listed experts as a referral reads them: grouped by their exact set of competencies
/// (<see cref="TopicCohort"/>), a few dozen to a few hundred cohorts however many experts the hub has (the taxonomy has
/// nine topics). Ranking a request reads each cohort's count, coverage, earliest slot and language, and offers only
/// each matching cohort's first experts to be shown: the same <see cref="ExpertMatch"/> as
/// <see cref="ExpertMatch.Of"/> over every expert. Immutable; a view keeps the aggregate of each hub whose experts did
/// not change, and the cohorts are made on first use.
/// </summary>
internal sealed class HubAggregate(ListedExpert[] experts)
{
    private TopicCohort[]? _cohorts;

    public int Count => experts.Length;

    private TopicCohort[] Cohorts => _cohorts ??= Group(experts);

    /// <param name="topics">The request's topics.</param>
    /// <param name="codes">Their <see cref="FacetCodes"/>, <see cref="FacetCodes.None"/> for a topic no expert ever had.</param>
    /// <param name="language">The requested language, if any.</param>
    /// <param name="languageCode">Its code, <see cref="FacetCodes.None"/> when none was asked or no expert ever spoke it.</param>
    public ExpertMatch? Match(IReadOnlyList<string> topics, int[] codes, string? language, int languageCode)
    {
        var covers = new bool[codes.Length];
        var count = 0;
        DateTimeOffset? earliest = null;
        var speaks = false;
        var shown = new ShownExperts();
        foreach (var cohort in Cohorts)
        {
            var matched = 0;
            for (var i = 0; i < codes.Length; i++)
            {
                if (codes[i] >= 0 && Array.BinarySearch(cohort.Topics, codes[i]) >= 0)
                {
                    matched++;
                    covers[i] = true;
                }
            }

            if (matched == 0)
            {
                continue;
            }

            count += cohort.Experts.Length;
            if (cohort.Earliest is { } next && (earliest is null || next < earliest))
            {
                earliest = next;
            }

            if (language is null)
            {
                Offer(shown, cohort.Experts, matched, null);
                continue;
            }

            // Speakers come first among experts matching as many topics: the cohort's first speakers, then (when fewer
            // than shown) its first others.
            var speakers = languageCode >= 0 ? cohort.Speakers.GetValueOrDefault(languageCode) ?? [] : [];
            speaks |= speakers.Length > 0;
            Offer(shown, speakers, matched, true);
            if (speakers.Length < ReferralRanking.ExpertsShown)
            {
                var offered = 0;
                for (var i = 0; i < cohort.Experts.Length && offered < ReferralRanking.ExpertsShown; i++)
                {
                    if (languageCode < 0 || Array.IndexOf(cohort.Experts[i].Languages, languageCode) < 0)
                    {
                        shown.Offer(new MatchedExpert(cohort.Experts[i].Record, matched, false));
                        offered++;
                    }
                }
            }
        }

        return count == 0 ? null : new ExpertMatch(count, ExpertMatch.CoveredOf(topics, covers), earliest, speaks, shown.Experts);
    }

    /// <summary>The hub's experts having one of <paramref name="codes"/>, by stored expert id (as SQL orders them).</summary>
    public IReadOnlyList<ExpertRecord> Having(int[] codes) =>
        [.. Cohorts
            .Where(c => codes.Any(code => code >= 0 && Array.BinarySearch(c.Topics, code) >= 0))
            .SelectMany(c => c.Experts)
            .OrderBy(e => e.Key.ExpertId, StringComparer.Ordinal)
            .Select(e => e.Record)];

    private static void Offer(ShownExperts shown, ListedExpert[] experts, int matched, bool? speaks)
    {
        for (var i = 0; i < experts.Length && i < ReferralRanking.ExpertsShown; i++)
        {
            shown.Offer(new MatchedExpert(experts[i].Record, matched, speaks));
        }
    }

    private static TopicCohort[] Group(ListedExpert[] experts) =>
        [.. experts
            .GroupBy(e => string.Join(',', e.Topics.Order()), StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToArray();
                Array.Sort(members, (x, y) => ShownExperts.CompareWithinGroup(x.Record, y.Record));
                var speakers = members
                    .SelectMany(e => e.Languages.Select(language => (Language: language, Expert: e)))
                    .GroupBy(s => s.Language)
                    .ToDictionary(s => s.Key, s => s.Select(x => x.Expert).ToArray());
                return new TopicCohort([.. members[0].Topics.Order()], members, speakers);
            })];
}

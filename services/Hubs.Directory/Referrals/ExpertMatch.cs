using Hubs.Directory.Experts;

namespace Hubs.Directory.Referrals;

/// <summary>
/// What one hub's experts having a requested topic offer a referral, all the ranking reads of them: how many they are,
/// which requested topics they cover (in the request's order), their earliest free brainstorming, whether one of them
/// speaks the requested language, and the ones it shows (<see cref="ShownExperts"/>). Computed from the experts
/// (<see cref="Of"/>) or, by the in-memory read model, from the hub's aggregates; both give the same.
/// </summary>
public sealed record ExpertMatch(
    int Experts, IReadOnlyList<string> Covered, DateTimeOffset? Earliest, bool SomeoneSpeaks, IReadOnlyList<MatchedExpert> Shown)
{
    /// <summary>From the experts themselves, in any order; null when none has a requested topic.</summary>
    public static ExpertMatch? Of(IReadOnlyList<string> topics, string? language, IEnumerable<ExpertRecord> experts)
    {
        // Counted without a list per expert: a hub may have thousands, and only the shown ones need their topics named.
        var covers = new bool[topics.Count];
        var count = 0;
        DateTimeOffset? earliest = null;
        var speaks = false;
        var shown = new ShownExperts();
        foreach (var expert in experts)
        {
            var matched = 0;
            for (var i = 0; i < covers.Length; i++)
            {
                if (Has(expert.Competencies, topics[i]))
                {
                    matched++;
                    covers[i] = true;
                }
            }

            if (matched == 0)
            {
                continue;
            }

            count++;
            if (expert.Availability?.NextFreeBrainstorming is { } next && (earliest is null || next < earliest))
            {
                earliest = next;
            }

            bool? speaksIt = language is null ? null : Has(expert.Languages, language);
            speaks |= speaksIt == true;
            shown.Offer(new MatchedExpert(expert, matched, speaksIt));
        }

        return count == 0 ? null : new ExpertMatch(count, CoveredOf(topics, covers), earliest, speaks, shown.Experts);
    }

    /// <summary>The topics whose flag is set, in the request's order.</summary>
    public static List<string> CoveredOf(IReadOnlyList<string> topics, bool[] covers) => [.. topics.Where((_, i) => covers[i])];

    private static bool Has(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

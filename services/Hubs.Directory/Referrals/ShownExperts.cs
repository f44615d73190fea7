using Hubs.Directory.Experts;

namespace Hubs.Directory.Referrals;

/// <summary>
/// The <see cref="ReferralRanking.ExpertsShown"/> first experts offered, by most topics matched, speaking the language,
/// earliest free slot, name, id: picked as they come rather than sorting every matching expert (a hub may have
/// thousands). The order is total (an expert id is unique within a hub), so this is exactly what a sort and a take give,
/// whatever order the experts are offered in and however many of the others are left out.
/// </summary>
public sealed class ShownExperts
{
    private readonly List<MatchedExpert> _shown = new(ReferralRanking.ExpertsShown + 1);

    public IReadOnlyList<MatchedExpert> Experts => _shown;

    public void Offer(MatchedExpert expert)
    {
        if (_shown.Count == ReferralRanking.ExpertsShown && Compare(_shown[^1], expert) <= 0)
        {
            return;
        }

        var at = _shown.Count;
        while (at > 0 && Compare(_shown[at - 1], expert) > 0)
        {
            at--;
        }

        _shown.Insert(at, expert);
        if (_shown.Count > ReferralRanking.ExpertsShown)
        {
            _shown.RemoveAt(ReferralRanking.ExpertsShown);
        }
    }

    /// <summary>The shown order; experts matching as many topics and alike on the language compare by <see cref="CompareWithinGroup"/>.</summary>
    public static int Compare(MatchedExpert x, MatchedExpert y)
    {
        var order = y.Matched.CompareTo(x.Matched);
        if (order == 0)
        {
            order = (x.Speaks == false ? 1 : 0).CompareTo(y.Speaks == false ? 1 : 0);
        }

        return order != 0 ? order : CompareWithinGroup(x.Expert, y.Expert);
    }

    /// <summary>Earliest free brainstorming (none last), then name, then id.</summary>
    public static int CompareWithinGroup(ExpertRecord x, ExpertRecord y)
    {
        var order = (x.Availability?.NextFreeBrainstorming ?? DateTimeOffset.MaxValue)
            .CompareTo(y.Availability?.NextFreeBrainstorming ?? DateTimeOffset.MaxValue);
        if (order == 0)
        {
            order = StringComparer.Ordinal.Compare(x.Name, y.Name);
        }

        return order != 0 ? order : x.ExpertId.CompareTo(y.ExpertId);
    }
}

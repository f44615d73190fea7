using Hubs.Contracts.Geography;
using Hubs.Directory.Experts;
using Hubs.Directory.Registry;

namespace Hubs.Directory.Referrals;

/// <summary>
/// Ranks the hubs that can help with a request. A pure function of the request, the candidates, the time and the
/// options: the same inputs always give the same list, ties broken by hub id. Only online or stale hubs with at least
/// one listed expert covering a requested topic are proposed; each part of the score is 0..1 (see <see cref="ReferralWeights"/>):
/// <list type="bullet">
/// <item>competence: 0.75 × share of the requested topics some expert covers + 0.25 × min(1, matching experts / 3);</item>
/// <item>distance: 1 / (1 + km / <see cref="ReferralOptions.DistanceAtHalfKm"/>), from the province's centroid;</item>
/// <item>earliest slot: 1 / (1 + days / <see cref="ReferralOptions.SlotDaysAtHalf"/>) to the earliest free brainstorming of a matching expert, 0 when none is known;</item>
/// <item>language: 1 when a matching expert speaks it (or none was asked), 0.5 when only the hub declares it, else 0;</item>
/// <item>load balance: 1 / (1 + recent load per listed expert / <see cref="ReferralOptions.LoadPerExpertAtHalf"/>).</item>
/// </list>
/// </summary>
public static class ReferralRanking
{
    public const int ExpertsShown = 3;

    // Three matching experts give a hub full depth: beyond that, more experts do not make it more competent.
    private const double FullDepth = 3;

    public static IReadOnlyList<RankedHub> Rank(
        ReferralRequest request, IEnumerable<HubCandidate> candidates, DateTimeOffset now, ReferralOptions options)
    {
        var province = Provinces.Find(request.ProvinceCode)
            ?? throw new ArgumentException($"Unknown province {request.ProvinceCode}.", nameof(request));
        var weights = ReferralWeights.For(request.Urgency);

        return [.. candidates
            .Where(c => c.Status is HubStatus.Online or HubStatus.Stale && c.Hub is { IsAnnounced: true, Latitude: not null, Longitude: not null })
            .Select(c => Score(request, c, province, weights, now, options))
            .OfType<RankedHub>()
            .OrderBy(h => h.HubStatus == HubStatus.Online ? 0 : 1)
            .ThenByDescending(h => h.Score)
            .ThenBy(h => h.HubId, StringComparer.Ordinal)];
    }

    private static RankedHub? Score(
        ReferralRequest request, HubCandidate candidate, Province province, ReferralWeights weights, DateTimeOffset now, ReferralOptions options)
    {
        // Counted without a list per expert: a hub may have thousands, and only the shown ones need their topics named.
        var covers = new bool[request.Topics.Count];
        var experts = new List<(ExpertRecord Expert, int Matched, bool? Speaks)>();
        foreach (var expert in candidate.MatchingExperts)
        {
            var matched = 0;
            for (var i = 0; i < covers.Length; i++)
            {
                if (Has(expert.Competencies, request.Topics[i]))
                {
                    matched++;
                    covers[i] = true;
                }
            }

            if (matched > 0)
            {
                experts.Add((expert, matched, Speaks(request, expert)));
            }
        }

        if (experts.Count == 0)
        {
            return null;
        }

        var hub = candidate.Hub;
        var covered = request.Topics.Where((_, i) => covers[i]).ToList();
        var competence = (0.75 * covered.Count / request.Topics.Count) + (0.25 * Math.Min(1, experts.Count / FullDepth));

        var distanceKm = GreatCircle.DistanceKm(province.Latitude, province.Longitude, hub.Latitude!.Value, hub.Longitude!.Value);
        var distance = 1 / (1 + (distanceKm / options.DistanceAtHalfKm));

        var earliest = experts.Select(e => e.Expert.Availability?.NextFreeBrainstorming).Where(t => t is not null).Min();
        var slot = earliest is { } first
            ? 1 / (1 + (Math.Max(0, (first - now).TotalDays) / options.SlotDaysAtHalf))
            : 0;

        var language = request.Language is null || experts.Any(e => e.Speaks == true)
            ? 1
            : hub.Languages.Contains(request.Language, StringComparer.Ordinal) ? 0.5 : 0;

        var loadPerExpert = (double)candidate.RecentLoad / Math.Max(1, candidate.ListedExperts);
        var load = 1 / (1 + (loadPerExpert / options.LoadPerExpertAtHalf));

        var statusFactor = candidate.Status == HubStatus.Online ? 1 : options.StalePenalty;
        var breakdown = new ScoreBreakdown(
            Part(competence, weights.Competence),
            Part(distance, weights.Distance),
            Part(slot, weights.EarliestSlot),
            Part(language, weights.Language),
            Part(load, weights.LoadBalance),
            statusFactor);
        var points = breakdown.Competence.Points + breakdown.Distance.Points + breakdown.EarliestSlot.Points
            + breakdown.Language.Points + breakdown.LoadBalance.Points;

        var best = Shown(experts)
            .Select(e => new ReferredExpert
            {
                ExpertId = e.Expert.ExpertId,
                Name = e.Expert.Name ?? "",
                Title = e.Expert.Title ?? "",
                MatchedTopics = Matched(request, e.Expert),
                Match = Round((double)e.Matched / request.Topics.Count),
                SpeaksLanguage = e.Speaks,
                NextFreeBrainstorming = e.Expert.Availability?.NextFreeBrainstorming,
            })
            .ToList();

        var name = hub.Name ?? hub.HubId;
        return new RankedHub
        {
            HubId = hub.HubId,
            Name = name,
            City = hub.City ?? "",
            ProvinceCode = hub.ProvinceCode ?? "",
            HubStatus = candidate.Status,
            Score = Round(points * statusFactor),
            Breakdown = breakdown,
            DistanceKm = Math.Round(distanceKm, 1, MidpointRounding.AwayFromZero),
            EarliestFreeSlot = earliest,
            Experts = best,
            Explanation = ReferralExplanation.For(new ExplanationFacts(
                name, distanceKm, experts.Count, covered, [.. request.Topics.Except(covered)], earliest, request.Language,
                breakdown.Language.Value, breakdown.LoadBalance.Value, candidate.Status == HubStatus.Stale)),
        };
    }

    /// <summary>
    /// The <see cref="ExpertsShown"/> first experts by most topics matched, speaking the language, earliest free slot,
    /// name, id: picked in one pass rather than sorting every matching expert (a hub may have thousands). The order is
    /// total (an expert id is unique within a hub), so this is exactly what a sort and a take would give.
    /// </summary>
    private static List<(ExpertRecord Expert, int Matched, bool? Speaks)> Shown(
        List<(ExpertRecord Expert, int Matched, bool? Speaks)> experts)
    {
        var shown = new List<(ExpertRecord Expert, int Matched, bool? Speaks)>(ExpertsShown + 1);
        foreach (var expert in experts)
        {
            if (shown.Count == ExpertsShown && Before(shown[^1], expert) <= 0)
            {
                continue;
            }

            var at = shown.Count;
            while (at > 0 && Before(shown[at - 1], expert) > 0)
            {
                at--;
            }

            shown.Insert(at, expert);
            if (shown.Count > ExpertsShown)
            {
                shown.RemoveAt(ExpertsShown);
            }
        }

        return shown;
    }

    private static int Before((ExpertRecord Expert, int Matched, bool? Speaks) x, (ExpertRecord Expert, int Matched, bool? Speaks) y)
    {
        var order = y.Matched.CompareTo(x.Matched);
        if (order == 0)
        {
            order = (x.Speaks == false ? 1 : 0).CompareTo(y.Speaks == false ? 1 : 0);
        }

        if (order == 0)
        {
            order = (x.Expert.Availability?.NextFreeBrainstorming ?? DateTimeOffset.MaxValue)
                .CompareTo(y.Expert.Availability?.NextFreeBrainstorming ?? DateTimeOffset.MaxValue);
        }

        if (order == 0)
        {
            order = StringComparer.Ordinal.Compare(x.Expert.Name, y.Expert.Name);
        }

        return order != 0 ? order : x.Expert.ExpertId.CompareTo(y.Expert.ExpertId);
    }

    private static List<string> Matched(ReferralRequest request, ExpertRecord expert) =>
        [.. request.Topics.Where(t => expert.Competencies.Contains(t, StringComparer.Ordinal))];

    private static bool? Speaks(ReferralRequest request, ExpertRecord expert) =>
        request.Language is null ? null : Has(expert.Languages, request.Language);

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

    private static ScorePart Part(double value, double weight)
    {
        var rounded = Round(value);
        return new ScorePart(rounded, weight, Round(rounded * weight));
    }

    // Four decimals: enough to rank, and the JSON reads the same on every machine.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}

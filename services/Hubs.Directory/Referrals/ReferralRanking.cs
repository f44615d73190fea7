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
        if (candidate.Matching is not { } matching)
        {
            return null;
        }

        var hub = candidate.Hub;
        var covered = matching.Covered;
        var competence = (0.75 * covered.Count / request.Topics.Count) + (0.25 * Math.Min(1, matching.Experts / FullDepth));

        var distanceKm = GreatCircle.DistanceKm(province.Latitude, province.Longitude, hub.Latitude!.Value, hub.Longitude!.Value);
        var distance = 1 / (1 + (distanceKm / options.DistanceAtHalfKm));

        var earliest = matching.Earliest;
        var slot = earliest is { } first
            ? 1 / (1 + (Math.Max(0, (first - now).TotalDays) / options.SlotDaysAtHalf))
            : 0;

        var language = request.Language is null || matching.SomeoneSpeaks
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

        var best = matching.Shown
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
                name, distanceKm, matching.Experts, covered, [.. request.Topics.Except(covered)], earliest, request.Language,
                breakdown.Language.Value, breakdown.LoadBalance.Value, candidate.Status == HubStatus.Stale)),
        };
    }

    private static List<string> Matched(ReferralRequest request, ExpertRecord expert) =>
        [.. request.Topics.Where(t => expert.Competencies.Contains(t, StringComparer.Ordinal))];

    private static ScorePart Part(double value, double weight)
    {
        var rounded = Round(value);
        return new ScorePart(rounded, weight, Round(rounded * weight));
    }

    // Four decimals: enough to rank, and the JSON reads the same on every machine.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}

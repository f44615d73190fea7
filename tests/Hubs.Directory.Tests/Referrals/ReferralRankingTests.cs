using Hubs.Contracts.Events;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Registry;
using Hubs.Directory.Referrals;

namespace Hubs.Directory.Tests.Referrals;

/// <summary>The ranking as a pure function, without the store.</summary>
public sealed class ReferralRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly ReferralRequest Request = new()
    {
        ProvinceCode = "CO",
        Topics = [Topics.Cybersecurity.Code],
        Urgency = Urgencies.Normal,
    };

    private static HubCandidate Candidate(string hubId, string status = HubStatus.Online, int load = 0) => new(
        new HubRecord
        {
            HubId = hubId,
            Version = 1,
            Name = hubId,
            City = "Lomazzo",
            ProvinceCode = "CO",
            Latitude = 45.70,
            Longitude = 9.03,
            FirstSeenAt = Now,
        },
        status,
        ExpertMatch.Of(Request.Topics, Request.Language, [new ExpertRecord
        {
            HubId = hubId,
            ExpertId = Guid.Parse("0195f000-0000-7000-8000-000000000001"),
            Version = 1,
            Retired = false,
            Profile = new ExpertProfile { Name = "Ada", Title = "", Bio = "", Competencies = [Topics.Cybersecurity.Code], Languages = ["it"] },
            LastEventId = Guid.NewGuid(),
            UpdatedAt = Now,
        }]),
        ListedExperts: 1,
        RecentLoad: load);

    [Fact]
    public void Equal_scores_are_ordered_by_hub_id_whatever_the_order_of_the_candidates()
    {
        var a = ReferralRanking.Rank(Request, [Candidate("charlie"), Candidate("alpha"), Candidate("bravo")], Now, new ReferralOptions());
        var b = ReferralRanking.Rank(Request, [Candidate("bravo"), Candidate("charlie"), Candidate("alpha")], Now, new ReferralOptions());

        Assert.Equal(["alpha", "bravo", "charlie"], a.Select(h => h.HubId));
        Assert.Equal(a.Select(h => (h.HubId, h.Score)), b.Select(h => (h.HubId, h.Score)));
    }

    [Fact]
    public void Suspended_hubs_and_hubs_without_a_matching_expert_are_not_proposed()
    {
        var noMatch = Candidate("delta") with { Matching = null };

        var ranked = ReferralRanking.Rank(Request, [Candidate("alpha", HubStatus.Suspended), noMatch, Candidate("bravo")], Now, new ReferralOptions());

        Assert.Equal(["bravo"], ranked.Select(h => h.HubId));
    }

    [Fact]
    public void Load_per_expert_at_the_configured_half_point_gives_half()
    {
        var ranked = ReferralRanking.Rank(Request, [Candidate("alpha", load: 4), Candidate("bravo", load: 0)], Now, new ReferralOptions());

        Assert.Equal(["bravo", "alpha"], ranked.Select(h => h.HubId));
        Assert.Equal(0.5, ranked[1].Breakdown.LoadBalance.Value);
        Assert.Equal(0.05, ranked[1].Breakdown.LoadBalance.Points);
    }

    [Fact]
    public void Without_a_known_free_slot_the_slot_part_is_zero_and_the_explanation_says_so()
    {
        var hub = Assert.Single(ReferralRanking.Rank(Request, [Candidate("alpha")], Now, new ReferralOptions()));

        Assert.Equal(0, hub.Breakdown.EarliestSlot.Value);
        Assert.Null(hub.EarliestFreeSlot);
        Assert.EndsWith("ma nessuno slot libero annunciato.", hub.Explanation.It, StringComparison.Ordinal);
        Assert.EndsWith("but no free slot announced yet.", hub.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("ha 1 esperto di sicurezza informatica", hub.Explanation.It, StringComparison.Ordinal);
        Assert.Contains("has 1 expert in cybersecurity", hub.Explanation.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CO", 45.70, 9.03, 0, 30)]
    [InlineData("NA", 45.70, 9.03, 650, 750)]
    [InlineData("MI", 41.9028, 12.4964, 450, 500)]
    public void Distances_from_a_province_centroid_are_haversine_km(string province, double latitude, double longitude, double min, double max)
    {
        var p = Provinces.Find(province)!;

        Assert.InRange(GreatCircle.DistanceKm(p.Latitude, p.Longitude, latitude, longitude), min, max);
        Assert.Equal(0, GreatCircle.DistanceKm(latitude, longitude, latitude, longitude), 9);
    }

    [Fact]
    public void Each_urgency_has_weights_that_sum_to_one_and_urgency_weighs_the_slot_more()
    {
        var rows = Urgencies.All.Select(ReferralWeights.For).ToList();

        Assert.All(rows, w => Assert.Equal(1.0, w.Competence + w.Distance + w.EarliestSlot + w.Language + w.LoadBalance, 9));
        Assert.True(ReferralWeights.Urgent.EarliestSlot > ReferralWeights.Soon.EarliestSlot);
        Assert.True(ReferralWeights.Soon.EarliestSlot > ReferralWeights.Normal.EarliestSlot);
        Assert.True(ReferralWeights.Normal.Competence > ReferralWeights.Normal.Distance);
    }
}

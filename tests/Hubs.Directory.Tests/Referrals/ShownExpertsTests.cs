using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Registry;
using Hubs.Directory.Referrals;

namespace Hubs.Directory.Tests.Referrals;

/// <summary>
/// The ranking picks the experts it shows in one pass instead of sorting them all: it must show exactly what sorting
/// by its keys and taking the first ones shows, also among many ties on every key but the id.
/// </summary>
public sealed class ShownExpertsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_experts_shown_are_the_first_ones_by_the_ranking_keys(int seed)
    {
        var random = new Random(seed);
        string[] topics = [Topics.Cybersecurity.Code, Topics.AiData.Code, Topics.Energy.Code];
        var request = new ReferralRequest { ProvinceCode = "CO", Topics = topics, Urgency = Urgencies.Normal, Language = "en" };
        var experts = Enumerable.Range(0, 1 + random.Next(400)).Select(_ => new ExpertRecord
        {
            HubId = "alpha",
            ExpertId = Guid.NewGuid(),
            Version = 1,
            Retired = false,
            Profile = new ExpertProfile
            {
                // A profile without a name stands for a record whose name is unknown: the ranking must still order it.
                Name = (random.Next(3) == 0 ? null : $"Ada {random.Next(3)}")!,
                Title = "",
                Bio = "",
                Competencies = [.. topics.Where(_ => random.Next(2) == 0)],
                Languages = random.Next(2) == 0 ? ["it"] : ["it", "en"],
            },
            LastEventId = Guid.NewGuid(),
            UpdatedAt = Now,
            Availability = random.Next(3) == 0 ? null : new AvailabilitySummary
            {
                Version = 1,
                NextFreeBrainstorming = random.Next(4) == 0 ? null : Now.AddDays(random.Next(3)),
                FreeBrainstormingSlotsNext14Days = 1,
                FreeFollowupSlotsNext14Days = 0,
                SummarisedAt = Now,
            },
        }).ToList();
        var hub = new HubRecord { HubId = "alpha", Version = 1, Name = "Alpha", ProvinceCode = "CO", Latitude = 45.7, Longitude = 9.03, FirstSeenAt = Now };

        var ranked = ReferralRanking.Rank(request, [new HubCandidate(hub, HubStatus.Online, ExpertMatch.Of(topics, request.Language, experts), experts.Count, 0)], Now, new ReferralOptions());

        var expected = experts
            .Select(e => (Expert: e, Matched: topics.Count(e.Competencies.Contains), Speaks: e.Languages.Contains("en")))
            .Where(e => e.Matched > 0)
            .OrderByDescending(e => e.Matched)
            .ThenBy(e => e.Speaks ? 0 : 1)
            .ThenBy(e => e.Expert.Availability?.NextFreeBrainstorming ?? DateTimeOffset.MaxValue)
            .ThenBy(e => e.Expert.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Expert.ExpertId)
            .Take(ReferralRanking.ExpertsShown)
            .Select(e => (e.Expert.ExpertId, Topics: string.Join(',', topics.Where(e.Expert.Competencies.Contains))))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Assert.Single(ranked).Experts.Select(e => (e.ExpertId, Topics: string.Join(',', e.MatchedTopics))));
    }
}

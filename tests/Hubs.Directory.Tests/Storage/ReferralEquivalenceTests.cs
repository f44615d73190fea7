using System.Text.Json;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Referrals;
using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// Referrals ranked from the read model's per-hub aggregates rank exactly as when every matching expert is read from
/// SQL (what the referral desk did before the aggregates): on the read model's generated directories (see
/// <see cref="GeneratedDirectory"/>), hundreds of generated requests (one to four topics, a language spoken by many, by
/// few or by nobody, every urgency), compared as the JSON of the whole ranking (scores, explanations, the experts shown
/// and their order), before and after a round of changes the aggregates must pick up.
/// </summary>
public sealed class ReferralEquivalenceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = Make.Epoch.AddHours(6);
    private static readonly string?[] Languages = [null, null, "it", "en", "de", "fr", "es"];
    private static readonly string[] UrgencyLevels = [Urgencies.Normal, Urgencies.Soon, Urgencies.Urgent];
    private static readonly string[] RequestProvinces = ["CO", "MI", "TO", "NA", "PA", "CA"];

    private ReadModelStores _stores = null!;

    public async Task InitializeAsync() => _stores = await ReadModelStores.CreateAsync();

    public async Task DisposeAsync() => await _stores.DisposeAsync();

    [Theory]
    [InlineData(20261203, false, 600)]
    [InlineData(17, true, 600)]
    [InlineData(4242, true, 2000)]
    public async Task Referrals_rank_the_same_from_the_hub_aggregates_as_from_every_expert_before_and_after_changes(
        int seed, bool wholeDays, int experts)
    {
        var random = new Random(seed);
        var directory = new GeneratedDirectory(_stores, random) { WholeDays = wholeDays };
        await directory.GenerateAsync(experts);
        var shown = await CompareReferralsAsync(random, directory, 200);

        await directory.ChangeAsync();
        shown += await CompareReferralsAsync(random, directory, 200);

        // The requests must have found hubs and shown experts of every kind, or the comparison proves little.
        Assert.True(shown.Hubs > 1000, $"only {shown.Hubs} hubs ranked in 400 referrals");
        Assert.True(shown.NotSpeaking > 20, $"only {shown.NotSpeaking} experts shown not speaking the language asked");
        Assert.True(shown.Partial > 20, $"only {shown.Partial} experts shown matching some of the topics asked but not all");
    }

    private async Task<Shown> CompareReferralsAsync(Random random, GeneratedDirectory directory, int count)
    {
        var shown = new Shown(0, 0, 0);
        var hubs = (await _stores.Hubs.ListAsync()).Where(h => h.IsAnnounced).ToList();
        var listed = await _stores.Experts.CountByHubAsync();
        for (var i = 0; i < count; i++)
        {
            var request = new ReferralRequest
            {
                ProvinceCode = RequestProvinces[random.Next(RequestProvinces.Length)],
                Topics = [.. Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Topics.All[random.Next(Topics.All.Count)].Code).Distinct()],
                Language = Languages[random.Next(Languages.Length)],
                Urgency = UrgencyLevels[random.Next(UrgencyLevels.Length)],
            };
            var statuses = hubs.ToDictionary(h => h.HubId, _ => random.Next(4) == 0 ? HubStatus.Stale : HubStatus.Online);
            var loads = hubs.ToDictionary(h => h.HubId, _ => random.Next(20));

            // Before: every listed expert of the requested topics, read from SQL and grouped by hub.
            var everyExpert = (await _stores.Reference.ListByTopicsAsync(request.Topics))
                .GroupBy(e => e.HubId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ExpertMatch.Of(request.Topics, request.Language, g), StringComparer.Ordinal);
            var aggregates = await _stores.Experts.MatchByHubAsync(request.Topics, request.Language);

            var expected = Json(ReferralRanking.Rank(request, Candidates(id => everyExpert.GetValueOrDefault(id)), Now, new ReferralOptions()));
            var actual = Json(ReferralRanking.Rank(request, Candidates(id => aggregates.GetValueOrDefault(id)), Now, new ReferralOptions()));
            Assert.True(expected == actual, $"request {Json(request)}\nevery expert: {expected}\naggregates:   {actual}");

            // Hubs the ranking leaves out (suspended, placeholders, never heard of) are matched alike too.
            Assert.Equal(Json(everyExpert.OrderBy(m => m.Key, StringComparer.Ordinal)), Json(aggregates.OrderBy(m => m.Key, StringComparer.Ordinal)));

            var hub = directory.Hubs[random.Next(directory.Hubs.Count)];
            Assert.Equal(
                Json(await _stores.Reference.ListByTopicsAsync(hub, request.Topics)),
                Json(await _stores.Experts.ListByTopicsAsync(hub, request.Topics)));

            var experts = aggregates.Values.SelectMany(m => m.Shown).ToList();
            shown = new Shown(
                shown.Hubs + aggregates.Count,
                shown.NotSpeaking + experts.Count(e => e.Speaks == false),
                shown.Partial + experts.Count(e => e.Matched < request.Topics.Count));

            IEnumerable<HubCandidate> Candidates(Func<string, ExpertMatch?> matching) => hubs.Select(h => new HubCandidate(
                h, statuses[h.HubId], matching(h.HubId), listed.GetValueOrDefault(h.HubId), loads[h.HubId]));
        }

        return shown;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private sealed record Shown(int Hubs, int NotSpeaking, int Partial)
    {
        public static Shown operator +(Shown a, Shown b) => new(a.Hubs + b.Hubs, a.NotSpeaking + b.NotSpeaking, a.Partial + b.Partial);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Referrals;

/// <summary>
/// <c>POST /api/directory/referrals</c> over hubs and experts published on the bus, with the directory's clock frozen
/// on Monday 23 November 2026. Hub scores do not depend on each other, so each test looks only at its own hubs.
/// </summary>
public sealed class ReferralsApiTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    /// <summary>Monday 23 November 2026, 09:00 in Italy.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 26 November 2026, 10:00 in Italy.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private async Task<string> HubAsync(string name, string province, double latitude, double longitude, bool beats = true, string? city = null)
    {
        app.Clock.Freeze(Now);
        var hub = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Announced(hub, 1, name: name, provinceCode: province, city: city ?? name,
            latitude: latitude, longitude: longitude));
        if (beats)
        {
            await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, Now, TimeSpan.FromMinutes(1)));
        }

        return hub;
    }

    private async Task<Guid> ExpertAsync(string hub, string name, string[] topics, DateTimeOffset? nextFree, string[]? languages = null)
    {
        var id = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(hub, id, 1, name: name, competencies: topics, languages: languages ?? ["it"]));
        if (nextFree is not null)
        {
            await app.PublishAndConsumeAsync(Make.Availability(hub, id, 1, nextFree));
        }

        return id;
    }

    private async Task<JsonObject> ReferAsync(object body)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/directory/referrals", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<JsonObject> Mine(JsonObject result, params string[] hubs) =>
        [.. result["hubs"]!.AsArray().Select(h => h!.AsObject()).Where(h => hubs.Contains(h["hubId"]!.GetValue<string>()))];

    private async Task<(string Como, string Napoli)> ComoAndNapoliAsync()
    {
        var como = await HubAsync("ComoNext", "CO", 45.70, 9.03, city: "Lomazzo");
        var napoli = await HubAsync("Napoli Hub", "NA", 40.8518, 14.2681);
        await ExpertAsync(como, "Anna", [Topics.Cybersecurity.Code], Thursday.AddDays(1));
        await ExpertAsync(como, "Bruno", [Topics.Cybersecurity.Code, Topics.AiData.Code], Thursday, ["it", "en"]);
        await ExpertAsync(como, "Carla", [Topics.Cybersecurity.Code], null);
        await ExpertAsync(napoli, "Dario", [Topics.Cybersecurity.Code], Now.AddHours(3));
        return (como, napoli);
    }

    [Fact]
    public async Task The_same_request_on_the_same_directory_gives_the_same_json()
    {
        await ComoAndNapoliAsync();
        var body = new { provinceCode = "CO", topics = new[] { "cybersecurity", "ai-data" }, language = "en", urgency = "soon" };

        var first = await ReferAsync(body);
        var second = await ReferAsync(body);

        Assert.NotEqual(first["referralId"]!.GetValue<Guid>(), second["referralId"]!.GetValue<Guid>());
        first.Remove("referralId");
        second.Remove("referralId");
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task Distance_runs_from_the_province_centroid_to_the_hub()
    {
        var (como, napoli) = await ComoAndNapoliAsync();

        var result = await ReferAsync(new { provinceCode = "CO", topics = new[] { "cybersecurity" } });

        var hubs = Mine(result, como, napoli);
        var near = hubs.Single(h => h["hubId"]!.GetValue<string>() == como);
        var far = hubs.Single(h => h["hubId"]!.GetValue<string>() == napoli);
        Assert.InRange(near["distanceKm"]!.GetValue<double>(), 0, 30);
        Assert.InRange(far["distanceKm"]!.GetValue<double>(), 650, 750);
        Assert.True(near["breakdown"]!["distance"]!["value"]!.GetValue<double>() > far["breakdown"]!["distance"]!["value"]!.GetValue<double>());
        Assert.Equal(como, hubs[0]["hubId"]!.GetValue<string>());

        var fromNaples = Mine(await ReferAsync(new { provinceCode = "NA", topics = new[] { "cybersecurity" } }), como, napoli);
        Assert.InRange(fromNaples.Single(h => h["hubId"]!.GetValue<string>() == napoli)["distanceKm"]!.GetValue<double>(), 0, 30);
    }

    [Theory]
    [InlineData("normal", 0.40, 0.20, 0.15, 0.15, 0.10)]
    [InlineData("soon", 0.35, 0.15, 0.25, 0.15, 0.10)]
    [InlineData("urgent", 0.30, 0.10, 0.40, 0.10, 0.10)]
    public async Task The_score_is_the_sum_of_the_weighted_parts_with_the_weights_of_the_urgency(
        string urgency, double competence, double distance, double slot, double language, double load)
    {
        var (como, napoli) = await ComoAndNapoliAsync();

        var result = await ReferAsync(new { provinceCode = "CO", topics = new[] { "cybersecurity", "grants" }, language = "en", urgency });

        string[] parts = ["competence", "distance", "earliestSlot", "language", "loadBalance"];
        foreach (var hub in Mine(result, como, napoli))
        {
            var breakdown = hub["breakdown"]!.AsObject();
            Assert.Equal([.. parts, "statusFactor"], breakdown.Select(p => p.Key));
            Assert.Equal([competence, distance, slot, language, load], parts.Select(p => breakdown[p]!["weight"]!.GetValue<double>()));
            Assert.Equal(1.0, parts.Sum(p => breakdown[p]!["weight"]!.GetValue<double>()), 9);
            foreach (var part in parts)
            {
                var value = breakdown[part]!["value"]!.GetValue<double>();
                Assert.InRange(value, 0, 1);
                Assert.Equal(value * breakdown[part]!["weight"]!.GetValue<double>(), breakdown[part]!["points"]!.GetValue<double>(), 4);
            }

            var sum = parts.Sum(p => breakdown[p]!["points"]!.GetValue<double>()) * breakdown["statusFactor"]!.GetValue<double>();
            Assert.Equal(sum, hub["score"]!.GetValue<double>(), 3);
        }

        // Napoli's expert is free in three hours, Como's on Thursday: the slot part says so.
        var napoliSlot = Mine(result, napoli)[0]["breakdown"]!["earliestSlot"]!["value"]!.GetValue<double>();
        var comoSlot = Mine(result, como)[0]["breakdown"]!["earliestSlot"]!["value"]!.GetValue<double>();
        Assert.True(napoliSlot > comoSlot);
    }

    [Fact]
    public async Task An_urgent_request_weighs_the_earliest_slot_enough_to_change_the_order()
    {
        var (como, napoli) = await ComoAndNapoliAsync();
        var slowComo = await HubAsync("Slow Como", "CO", 45.80, 9.08);
        var fastFar = await HubAsync("Fast Bari", "BA", 41.1171, 16.8719);
        await ExpertAsync(slowComo, "Elio", [Topics.Energy.Code], Now.AddDays(40));
        await ExpertAsync(fastFar, "Fabio", [Topics.Energy.Code], Now.AddHours(2));

        var normal = Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "energy" } }), slowComo, fastFar);
        var urgent = Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "energy" }, urgency = "urgent" }), slowComo, fastFar);

        Assert.Equal([slowComo, fastFar], normal.Select(h => h["hubId"]!.GetValue<string>()));
        Assert.Equal([fastFar, slowComo], urgent.Select(h => h["hubId"]!.GetValue<string>()));
        Assert.Empty(Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "energy" } }), como, napoli));
    }

    [Fact]
    public async Task Competence_outweighs_distance()
    {
        var near = await HubAsync("Near", "CO", 45.80, 9.10);
        var far = await HubAsync("Far", "BA", 41.1171, 16.8719);
        await ExpertAsync(near, "Gino", [Topics.Internationalisation.Code], Thursday);
        foreach (var name in new[] { "Ilda", "Lara", "Mino" })
        {
            await ExpertAsync(far, name, [Topics.Internationalisation.Code, Topics.OrganisationFinance.Code], Thursday);
        }

        var result = Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "internationalisation", "organisation-finance" } }), near, far);

        Assert.Equal([far, near], result.Select(h => h["hubId"]!.GetValue<string>()));
        Assert.Equal(1.0, result[0]["breakdown"]!["competence"]!["value"]!.GetValue<double>());
        Assert.True(result[1]["breakdown"]!["distance"]!["value"]!.GetValue<double>() > result[0]["breakdown"]!["distance"]!["value"]!.GetValue<double>());
        Assert.Contains("Nessun esperto per organizzazione e finanza d'impresa", result[1]["explanation"]!["it"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("No expert for organisation and finance", result[1]["explanation"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_hub_comes_after_every_online_hub_at_half_its_score_and_a_suspended_hub_is_left_out()
    {
        var online = await HubAsync("Online far", "BA", 41.1171, 16.8719);
        var stale = await HubAsync("Stale near", "CO", 45.80, 9.10, beats: false);
        var suspended = await HubAsync("Suspended near", "CO", 45.81, 9.11);
        await app.Services.GetRequiredService<IHubRegistry>().SetSuspendedAsync(suspended, true);
        await ExpertAsync(online, "Nora", [Topics.DigitalMarketing.Code], Now.AddDays(20));
        foreach (var hub in new[] { stale, suspended })
        {
            await ExpertAsync(hub, "Olga", [Topics.DigitalMarketing.Code], Now.AddHours(1), ["it", "en"]);
            await ExpertAsync(hub, "Pia", [Topics.DigitalMarketing.Code], Now.AddHours(1));
        }

        var result = Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "digital-marketing" } }), online, stale, suspended);

        Assert.Equal([online, stale], result.Select(h => h["hubId"]!.GetValue<string>()));
        Assert.Equal(["online", "stale"], result.Select(h => h["hubStatus"]!.GetValue<string>()));
        Assert.Equal(0.5, result[1]["breakdown"]!["statusFactor"]!.GetValue<double>());
        Assert.Equal(1.0, result[0]["breakdown"]!["statusFactor"]!.GetValue<double>());
        Assert.Contains("potrebbero non essere aggiornati", result[1]["explanation"]!["it"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("may be out of date", result[1]["explanation"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_hub_is_explained_in_italian_and_english_from_its_breakdown()
    {
        var (como, _) = await ComoAndNapoliAsync();

        var result = await ReferAsync(new { provinceCode = "CO", topics = new[] { "cybersecurity" }, language = "it" });

        var hub = Mine(result, como)[0];
        Assert.Equal(
            "ComoNext è a 27 km, ha 3 esperti di sicurezza informatica e un primo slot libero giovedì 26 novembre. Almeno un esperto parla italiano.",
            hub["explanation"]!["it"]!.GetValue<string>());
        Assert.Equal(
            "ComoNext is 27 km away, has 3 experts in cybersecurity and a first free slot on Thursday 26 November. At least one expert speaks Italian.",
            hub["explanation"]!["en"]!.GetValue<string>());
        Assert.Equal(Thursday, hub["earliestFreeSlot"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Lomazzo", hub["city"]!.GetValue<string>());
    }

    [Fact]
    public async Task At_most_three_experts_are_shown_best_match_first()
    {
        var hub = await HubAsync("Four experts", "CO", 45.80, 9.10);
        var both = await ExpertAsync(hub, "Zeno", [Topics.AiData.Code, Topics.Industry40.Code], Now.AddDays(9));
        var early = await ExpertAsync(hub, "Yuri", [Topics.AiData.Code], Now.AddDays(1));
        var late = await ExpertAsync(hub, "Xena", [Topics.Industry40.Code], Now.AddDays(5));
        await ExpertAsync(hub, "Walt", [Topics.AiData.Code], null);
        await ExpertAsync(hub, "Vera", [Topics.Energy.Code], Now);

        var shown = Mine(await ReferAsync(new { provinceCode = "MI", topics = new[] { "ai-data", "industry-4-0" } }), hub)[0]["experts"]!.AsArray();

        Assert.Equal([both, early, late], shown.Select(e => e!["expertId"]!.GetValue<Guid>()));
        Assert.Equal(1.0, shown[0]!["match"]!.GetValue<double>());
        Assert.Equal(0.5, shown[1]!["match"]!.GetValue<double>());
        Assert.Equal(["ai-data", "industry-4-0"], shown[0]!["matchedTopics"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(shown[0]!["speaksLanguage"]);
    }

    [Fact]
    public async Task Recent_consultations_lower_the_load_balance_part()
    {
        var busy = await HubAsync("Busy", "CO", 45.80, 9.10);
        var quiet = await HubAsync("Quiet", "CO", 45.80, 9.10);
        foreach (var hub in new[] { busy, quiet })
        {
            await ExpertAsync(hub, "Ugo", [Topics.Grants.Code], Thursday);
        }

        for (var i = 0; i < 8; i++)
        {
            await app.PublishAndConsumeAsync(Make.Booked(busy, Guid.NewGuid(), Now.AddDays(-3).AddHours(i)));
        }

        // Booked for today: not yet part of the load, which ends yesterday.
        await app.PublishAndConsumeAsync(Make.Booked(quiet, Guid.NewGuid(), Now.AddHours(1)));

        var result = Mine(await ReferAsync(new { provinceCode = "CO", topics = new[] { "grants" } }), busy, quiet);

        Assert.Equal([quiet, busy], result.Select(h => h["hubId"]!.GetValue<string>()));
        Assert.Equal(1.0, result[0]["breakdown"]!["loadBalance"]!["value"]!.GetValue<double>());
        // 8 consultations for 1 expert, half-value at 4: 1 / (1 + 2).
        Assert.Equal(0.3333, result[1]["breakdown"]!["loadBalance"]!["value"]!.GetValue<double>());
        Assert.Contains("molte richieste", result[1]["explanation"]!["it"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referring_hub_is_not_proposed_to_itself()
    {
        var (como, napoli) = await ComoAndNapoliAsync();

        var result = await ReferAsync(new { provinceCode = "CO", topics = new[] { "cybersecurity" }, referrer = new { kind = "hub", hubId = como } });

        Assert.Equal([napoli], Mine(result, como, napoli).Select(h => h["hubId"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"topics":["cybersecurity"]}""", "provinceCode" },
        { """{"provinceCode":"XX","topics":["cybersecurity"]}""", "provinceCode" },
        { """{"provinceCode":"CO"}""", "topics" },
        { """{"provinceCode":"CO","topics":[]}""", "topics" },
        { """{"provinceCode":"CO","topics":["cybersecurity","astrology"]}""", "topics[1]" },
        { """{"provinceCode":"CO","topics":[null]}""", "topics[0]" },
        { "{\"provinceCode\":\"CO\",\"topics\":[" + string.Join(",", Enumerable.Repeat("\"energy\"", 21)) + "]}", "topics" },
        { """{"provinceCode":"CO","topics":["energy"],"language":"klingon"}""", "language" },
        { """{"provinceCode":"CO","topics":["energy"],"language":"xx"}""", "language" },
        { """{"provinceCode":"CO","topics":["energy"],"urgency":"yesterday"}""", "urgency" },
        { """{"provinceCode":"CO","topics":["energy"],"atecoSection":"Z"}""", "atecoSection" },
        { """{"provinceCode":"CO","topics":["energy"],"sizeClass":"huge"}""", "sizeClass" },
        { """{"provinceCode":"CO","topics":["energy"],"referrer":{"kind":"alien"}}""", "referrer.kind" },
        { """{"provinceCode":"CO","topics":["energy"],"referrer":{"kind":"hub"}}""", "referrer.hubId" },
        { """{"provinceCode":"CO","topics":["energy"],"referrer":{"kind":"hub","hubId":"no-such-hub-here"}}""", "referrer.hubId" },
        { """{"provinceCode":"CO","topics":["energy"],"referrer":{"kind":"bank","hubId":"lomazzo"}}""", "referrer.hubId" },
        { """{"provinceCode":12,"topics":["energy"]}""", "provinceCode" },
        { """{"provinceCode":"CO","topics":"energy"}""", "topics" },
        { """{"provinceCode":"CO","topics":["energy"],"referrer":"bank"}""", "referrer" },
        { """{"provinceCode":"CO",""", "body" },
        { "", "body" },
        { "null", "body" },
        { "[1,2]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_request_is_a_validation_problem_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await app.Client.PostAsync("/api/directory/referrals", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_unsupported_media_type_problem()
    {
        using var content = new StringContent("provinceCode=CO", Encoding.UTF8, "text/plain");
        using var response = await app.Client.PostAsync("/api/directory/referrals", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_referral_asked_by_a_bank_is_answered_without_suspended_hubs()
    {
        app.Clock.Freeze(Now);
        var result = await ReferAsync(new { provinceCode = "CO", topics = new[] { "energy" }, referrer = new { kind = "bank", name = "Banca di Como" } });

        Assert.NotEqual(Guid.Empty, result["referralId"]!.GetValue<Guid>());
        Assert.All(result["hubs"]!.AsArray(), h => Assert.NotEqual("suspended", h!["hubStatus"]!.GetValue<string>()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Experts;

/// <summary>
/// Language, region, province, several topics, free slot within N days, facets and suspended hubs, through the bus
/// and <c>GET /api/directory/experts</c>. Every expert of a test carries a word of its own in the bio, so that searching
/// for it keeps the test's counts apart from other tests' data in the shared app.
/// </summary>
public sealed class ExpertFiltersTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private readonly string _word = "w" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _como = Make.HubId();
    private readonly string _bologna = Make.HubId();
    private readonly string _torino = Make.HubId();
    private readonly string _suspended = Make.HubId();

    private static IEnumerable<string> Names(JsonObject page) => page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>());

    private static Dictionary<string, long> Facet(JsonObject page, string name) =>
        page["facets"]![name]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());

    private async Task<JsonObject> Search(string query) =>
        (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?q={_word}&{query}"))!;

    /// <summary>Como (online): Alba, Bruno; Bologna (online): Carla, Dario; Torino (never beat, stale): Elsa; a suspended hub: Furio.</summary>
    private async Task<DateTimeOffset> SeedAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await app.PublishAndConsumeAsync(Make.Announced(_como, 1, name: "ComoNext", provinceCode: "CO"));
        await app.PublishAndConsumeAsync(Make.Announced(_bologna, 1, name: "Bologna Hub", provinceCode: "BO", city: "Bologna", latitude: 44.49, longitude: 11.34));
        await app.PublishAndConsumeAsync(Make.Announced(_torino, 1, name: "Torino Hub", provinceCode: "TO", city: "Torino", latitude: 45.07, longitude: 7.69));
        await app.PublishAndConsumeAsync(Make.Announced(_suspended, 1, name: "Suspended Hub", provinceCode: "MI"));
        foreach (var hub in new[] { _como, _bologna, _suspended })
        {
            await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, now));
        }

        var alba = Guid.NewGuid();
        var bruno = Guid.NewGuid();
        await Publish(_como, alba, "Alba", [Topics.Cybersecurity.Code, Topics.AiData.Code], ["it", "en"]);
        await Publish(_como, bruno, "Bruno", [Topics.Energy.Code], ["it"]);
        await Publish(_bologna, Guid.NewGuid(), "Carla", [Topics.Cybersecurity.Code], ["it", "de"]);
        await Publish(_bologna, Guid.NewGuid(), "Dario", [Topics.Grants.Code, Topics.Cybersecurity.Code], ["en"]);
        await Publish(_torino, Guid.NewGuid(), "Elsa", [Topics.Cybersecurity.Code], ["it"]);
        await Publish(_suspended, Guid.NewGuid(), "Furio", [Topics.Cybersecurity.Code], ["it"]);

        // Suspended after its expert arrived: from now on its events are ignored, its entries hidden.
        await app.Services.GetRequiredService<IHubRegistry>().SetSuspendedAsync(_suspended, true);
        await app.PublishAndConsumeAsync(Make.Availability(_como, alba, 1, now.AddDays(2), now.AddDays(4)));
        await app.PublishAndConsumeAsync(Make.Availability(_como, bruno, 1, now.AddDays(20)));
        return now;

        Task Publish(string hub, Guid id, string name, string[] topics, string[] languages) =>
            app.PublishAndConsumeAsync(Make.Published(hub, id, 1, name: name, bio: $"Consulente {_word}.", competencies: topics, languages: languages));
    }

    [Fact]
    public async Task Facets_count_the_matching_experts_of_hubs_not_suspended()
    {
        await SeedAsync();

        var page = await Search("");

        Assert.Equal(["Alba", "Bruno", "Carla", "Dario", "Elsa"], Names(page));
        Assert.Equal(5, page["total"]!.GetValue<long>());
        Assert.Equal(new Dictionary<string, long> { [_como] = 2, [_bologna] = 2, [_torino] = 1 }, Facet(page, "hub"));
        Assert.Equal(
            new Dictionary<string, long> { ["ai-data"] = 1, ["cybersecurity"] = 4, ["energy"] = 1, ["grants"] = 1 },
            Facet(page, "topic"));
        Assert.Equal(new Dictionary<string, long> { ["Emilia-Romagna"] = 2, ["Lombardia"] = 2, ["Piemonte"] = 1 }, Facet(page, "region"));
        Assert.Equal(new Dictionary<string, long> { ["de"] = 1, ["en"] = 2, ["it"] = 4 }, Facet(page, "language"));
        // Keys in ordinal order, so the JSON is the same on every call.
        Assert.Equal(["ai-data", "cybersecurity", "energy", "grants"], page["facets"]!["topic"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Each_facet_ignores_its_own_filter_and_applies_the_others()
    {
        await SeedAsync();

        var page = await Search("topic=cybersecurity&topic=grants&region=emilia%20ROMAGNA");

        Assert.Equal(["Carla", "Dario"], Names(page));
        // The topic counts ignore the topic filter (but keep the region): what each topic would give in Emilia-Romagna.
        Assert.Equal(new Dictionary<string, long> { ["cybersecurity"] = 2, ["grants"] = 1 }, Facet(page, "topic"));
        // The region counts ignore the region filter (but keep the topics).
        Assert.Equal(new Dictionary<string, long> { ["Emilia-Romagna"] = 2, ["Lombardia"] = 1, ["Piemonte"] = 1 }, Facet(page, "region"));
        Assert.Equal(new Dictionary<string, long> { [_bologna] = 2 }, Facet(page, "hub"));
        Assert.Equal(new Dictionary<string, long> { ["de"] = 1, ["en"] = 1, ["it"] = 1 }, Facet(page, "language"));

        var english = await Search("language=EN");
        Assert.Equal(["Alba", "Dario"], Names(english));
        Assert.Equal(new Dictionary<string, long> { ["de"] = 1, ["en"] = 2, ["it"] = 4 }, Facet(english, "language"));
    }

    [Fact]
    public async Task Several_topics_match_any_of_them()
    {
        await SeedAsync();

        Assert.Equal(["Bruno", "Dario"], Names(await Search("topic=energy&topic=grants")));
        Assert.Equal(["Alba", "Carla", "Dario", "Elsa"], Names(await Search("topic=cybersecurity&topic=cybersecurity")));
    }

    [Fact]
    public async Task Region_is_matched_without_case_or_accents_and_province_is_the_hubs()
    {
        await SeedAsync();

        Assert.Equal(["Alba", "Bruno"], Names(await Search("region=LOMBARDIA")));
        Assert.Equal(["Carla", "Dario"], Names(await Search("region=Emilia-Romagna")));
        Assert.Equal(["Elsa"], Names(await Search("province=to")));
        Assert.Empty(Names(await Search("region=Valle%20d%27Aosta")));
        Assert.Empty(Names(await Search("region=s%C3%BCdtirol")));
        Assert.Empty(Names(await Search("province=MI")));
    }

    [Fact]
    public async Task Free_within_days_uses_the_latest_summary_and_items_show_the_next_free_slots()
    {
        var now = await SeedAsync();

        var soon = await Search("freeWithinDays=3");
        Assert.Equal(["Alba"], Names(soon));
        var alba = soon["items"]![0]!;
        Assert.Equal(now.AddDays(2), alba["nextFreeBrainstorming"]!.GetValue<DateTimeOffset>());
        Assert.Equal(now.AddDays(4), alba["nextFreeFollowup"]!.GetValue<DateTimeOffset>());

        Assert.Equal(["Alba", "Bruno"], Names(await Search("freeWithinDays=30")));

        var all = await Search("");
        var carla = all["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "Carla")!;
        Assert.Null(carla["nextFreeBrainstorming"]);
    }

    [Fact]
    public async Task Experts_of_a_stale_hub_are_listed_as_stale_and_a_suspended_hub_is_listed_as_suspended()
    {
        await SeedAsync();

        var elsa = (await Search("province=TO"))["items"]![0]!;
        Assert.Equal("stale", elsa["hubStatus"]!.GetValue<string>());
        var alba = (await Search("region=lombardia"))["items"]![0]!;
        Assert.Equal("online", alba["hubStatus"]!.GetValue<string>());

        var hub = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/hubs/{_suspended}"))!;
        Assert.Equal("suspended", hub["status"]!.GetValue<string>());
        Assert.Null(hub["staleSince"]);
        Assert.Empty(Names(await Search($"hub={_suspended}")));

        await app.Services.GetRequiredService<IHubRegistry>().SetSuspendedAsync(_suspended, false);
        Assert.Equal(["Furio"], Names(await Search($"hub={_suspended}")));
    }

    [Fact]
    public async Task An_older_summary_delivered_after_a_newer_one_is_ignored()
    {
        var now = await SeedAsync();
        var id = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(_como, id, 5, name: "Gaia", bio: $"Consulente {_word}."));
        await app.PublishAndConsumeAsync(Make.Availability(_como, id, 3, now.AddDays(1)));
        await app.PublishAndConsumeAsync(Make.Availability(_como, id, 2, now.AddDays(60)));
        await app.PublishAndConsumeAsync(Make.Availability(_como, id, 3, now.AddDays(60)));

        var gaia = (await Search("freeWithinDays=1"))["items"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "Gaia")!;
        Assert.Equal(now.AddDays(1), gaia["nextFreeBrainstorming"]!.GetValue<DateTimeOffset>());

        // A newer summary with nothing free takes the expert out of the filter.
        await app.PublishAndConsumeAsync(Make.Availability(_como, id, 4, null));
        Assert.DoesNotContain("Gaia", Names(await Search("freeWithinDays=365")));
    }

    [Theory]
    [InlineData("language=xx", "language")]
    [InlineData("language=english", "language")]
    [InlineData("region=Atlantide", "region")]
    [InlineData("region=Lombardia,Piemonte", "region")]
    [InlineData("province=ZZ", "province")]
    [InlineData("province=Como", "province")]
    [InlineData("freeWithinDays=abc", "freeWithinDays")]
    [InlineData("freeWithinDays=-1", "freeWithinDays")]
    [InlineData("freeWithinDays=366", "freeWithinDays")]
    [InlineData("freeWithinDays=1.5", "freeWithinDays")]
    [InlineData("topic=cybersecurity&topic=astrology", "topic")]
    public async Task A_bad_filter_is_a_validation_problem_naming_it(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/directory/experts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }
}

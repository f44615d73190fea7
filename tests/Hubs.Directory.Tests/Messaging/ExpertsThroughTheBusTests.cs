using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Messaging;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Messaging;

/// <summary>Events published on the (in-memory) bus, read back through <c>GET /api/directory/experts</c>.</summary>
public sealed class ExpertsThroughTheBusTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private readonly string _hub = Make.HubId();

    private static int Count(JsonObject page) => page["items"]!.AsArray().Count;

    private static IEnumerable<string> Names(JsonObject page) => page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>());

    [Fact]
    public async Task A_published_expert_is_listed_with_labelled_competencies_and_its_hubs_status()
    {
        await app.PublishAsync(Make.Announced(_hub, 1));
        await app.PublishAsync(Make.Heartbeat(_hub, 1, DateTimeOffset.UtcNow));
        var published = Make.Published(_hub, Guid.NewGuid(), 1, name: "Ada Lovelace", title: "Analista",
            bio: "Dati e algoritmi.", competencies: [Topics.AiData.Code, Topics.Cybersecurity.Code], languages: ["it", "en"]);
        await app.PublishAsync(published);

        var page = await app.ExpertsWhenAsync($"hub={_hub}",
            p => Count(p) == 1 && p["items"]![0]!["hubStatus"]!.GetValue<string>() == "online");

        Assert.Equal(1, page["page"]!.GetValue<int>());
        Assert.Equal(20, page["pageSize"]!.GetValue<int>());
        Assert.Equal(1, page["total"]!.GetValue<long>());
        var item = page["items"]![0]!.AsObject();
        Assert.Equal(
            ["hubId", "expertId", "name", "title", "bio", "competencies", "languages", "version", "updatedAt", "hubStatus",
             "nextFreeBrainstorming", "nextFreeFollowup"],
            item.Select(p => p.Key));
        Assert.Equal(_hub, item["hubId"]!.GetValue<string>());
        Assert.Equal(published.ExpertId, item["expertId"]!.GetValue<Guid>());
        Assert.Equal("Analista", item["title"]!.GetValue<string>());
        Assert.Equal(1, item["version"]!.GetValue<long>());
        Assert.Equal(published.OccurredAt, item["updatedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(["it", "en"], item["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        var cyber = item["competencies"]!.AsArray()[1]!;
        Assert.Equal("cybersecurity", cyber["code"]!.GetValue<string>());
        Assert.Equal("Sicurezza informatica", cyber["labelIt"]!.GetValue<string>());
        Assert.Equal("Cybersecurity", cyber["labelEn"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_older_publish_delivered_after_a_newer_one_is_ignored()
    {
        var id = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(_hub, id, 2, name: "Newer"));
        await app.PublishAndConsumeAsync(Make.Published(_hub, id, 1, name: "Older"));

        var page = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}"))!;

        Assert.Equal(["Newer"], Names(page));
        Assert.Equal(2, page["items"]![0]!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_retired_expert_is_not_listed_and_an_older_publish_does_not_bring_them_back()
    {
        var id = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(_hub, id, 1, name: "Carla"));
        await app.ExpertsWhenAsync($"hub={_hub}", p => Count(p) == 1);

        await app.PublishAndConsumeAsync(Make.Retired(_hub, id, 3));
        Assert.Equal(0, Count((await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}"))!));
        await app.PublishAndConsumeAsync(Make.Published(_hub, id, 2, name: "Carla"));
        await app.PublishAndConsumeAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Marker"));

        var page = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}"))!;
        Assert.Equal(["Marker"], Names(page));
        Assert.Equal(1, page["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Filters_by_topic_hub_and_text_ignore_case_and_accents()
    {
        var other = Make.HubId();
        await app.PublishAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Nicolò Bianchi", competencies: [Topics.Cybersecurity.Code]));
        await app.PublishAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: "Elena Sostenibile", competencies: [Topics.Energy.Code]));
        await app.PublishAsync(Make.Published(other, Guid.NewGuid(), 1, name: "Nicola Verdi", competencies: [Topics.Cybersecurity.Code]));
        await app.ExpertsWhenAsync($"hub={_hub}", p => Count(p) == 2);
        await app.ExpertsWhenAsync($"hub={other}", p => Count(p) == 1);

        async Task<IEnumerable<string>> Search(string query) =>
            Names((await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?{query}"))!);

        Assert.Equal(["Nicolò Bianchi"], await Search($"hub={_hub}&q=nicolo"));
        Assert.Equal(["Nicolò Bianchi"], await Search($"hub={_hub}&q=NICOLÒ"));
        Assert.Equal(["Nicolò Bianchi"], await Search($"hub={_hub}&q=sicurezza"));
        Assert.Equal(["Nicolò Bianchi"], await Search($"hub={_hub}&q=Sicurezza%20Informatica"));
        Assert.Equal(["Elena Sostenibile"], await Search($"hub={_hub}&topic=energy"));
        Assert.Equal(["Elena Sostenibile"], await Search($"hub={_hub}&q=sostenibilita"));
        Assert.Empty(await Search($"hub={_hub}&topic=grants"));
        Assert.Empty(await Search($"hub={_hub}&q=sicurezza&topic=energy"));
        Assert.Equal(["Nicola Verdi"], await Search($"hub={other}&topic=cybersecurity&q=nicol"));
        Assert.Equal(2, (await Search($"topic=cybersecurity&q=nicol")).Count(n => n is "Nicolò Bianchi" or "Nicola Verdi"));
    }

    [Fact]
    public async Task Pages_are_stable_by_name_with_the_full_total_and_a_page_past_the_end_is_a_problem()
    {
        foreach (var name in new[] { "Eva", "bea", "Ada", "Dino", "Carlo" })
        {
            await app.PublishAsync(Make.Published(_hub, Guid.NewGuid(), 1, name: name));
        }

        await app.ExpertsWhenAsync($"hub={_hub}", p => p["total"]!.GetValue<long>() == 5);

        async Task<JsonObject> Page(int page) =>
            (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}&page={page}&pageSize=2"))!;

        Assert.Equal(["Ada", "bea"], Names(await Page(1)));
        Assert.Equal(["Carlo", "Dino"], Names(await Page(2)));
        var last = await Page(3);
        Assert.Equal(["Eva"], Names(last));
        Assert.Equal(5, last["total"]!.GetValue<long>());
        using var beyond = await app.Client.GetAsync($"/api/directory/experts?hub={_hub}&page=4&pageSize=2");
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        var problem = (await beyond.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["page"], problem["errors"]!.AsObject().Select(e => e.Key));

        // The first page of nothing is an empty page, not a problem.
        var none = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/experts?hub={_hub}&q=nobody-is-called-this"))!;
        Assert.Empty(Names(none));
        Assert.Equal(0, none["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("topic=astrology", "topic")]
    [InlineData("hub=Not_A_Hub", "hub")]
    [InlineData("hub=x", "hub")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "q")]
    public async Task A_bad_query_parameter_is_a_validation_problem_naming_it(string query, string field)
    {
        using var response = await app.Client.GetAsync($"/api/directory/experts?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Applied_and_ignored_events_are_counted_by_type()
    {
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        var counted = new List<(string Type, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == ProjectionMetrics.EventsInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => (string)t.Value!);
            lock (counted)
            {
                counted.Add((values["event.type"], values["outcome"]));
            }
        });
        listener.Start();

        var retired = Make.Retired(_hub, Guid.NewGuid(), 1);
        await app.PublishAsync(retired);
        await app.PublishAsync(retired with { EventId = Guid.NewGuid() });
        await app.PublishAsync(retired with { EventId = Guid.NewGuid(), HubId = "Not A Hub" });

        await Eventually.Until(
            () => Task.FromResult(Snapshot()),
            c => c.Count(x => x.Type == "ExpertRetired") >= 3,
            what: "three ExpertRetired measurements");
        var mine = Snapshot().Where(x => x.Type == "ExpertRetired").Select(x => x.Outcome).Order(StringComparer.Ordinal);
        Assert.Equal(["applied", "ignored", "rejected"], mine);

        List<(string Type, string Outcome)> Snapshot()
        {
            lock (counted)
            {
                return [.. counted];
            }
        }
    }
}

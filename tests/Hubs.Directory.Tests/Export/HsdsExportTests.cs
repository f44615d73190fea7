using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Export;
using Hubs.Directory.Registry;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Export;

/// <summary><c>GET /api/directory/export/hsds</c>, fed through the (in-memory) bus and checked against the HSDS 3.0 schemas.</summary>
public sealed class HsdsExportTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private const string Export = "/api/directory/export/hsds";

    [Fact]
    public async Task Every_organization_service_taxonomy_and_term_validates_against_the_HSDS_schemas()
    {
        var hub = Make.HubId();
        await PublishHubAsync(hub);

        var export = await GetAsync(Export);

        foreach (var list in new[] { "organizations", "services", "taxonomies", "taxonomy_terms" })
        {
            AssertValid(HsdsSchemas.Page, export[list]!, list);
            var page = export[list]!;
            Assert.Equal(page["contents"]!.AsArray().Count, page["total_items"]!.GetValue<int>());
            Assert.Equal(page["contents"]!.AsArray().Count, page["size"]!.GetValue<int>());
        }

        Assert.Equal("3.0", export["version"]!.GetValue<string>());
        Assert.Contains(Contents(export, "organizations"), o => o["id"]!.GetValue<Guid>() == HsdsIds.Organization(hub));
        Assert.NotEmpty(Contents(export, "services"));
        foreach (var (list, schemas) in new[]
        {
            ("organizations", HsdsSchemas.Organization),
            ("services", HsdsSchemas.Service),
            ("taxonomies", HsdsSchemas.Taxonomy),
            ("taxonomy_terms", HsdsSchemas.TaxonomyTerm),
        })
        {
            foreach (var item in Contents(export, list))
            {
                AssertValid(schemas.Published, item, $"{list}: {item["id"]}");
                AssertValid(schemas.Strict, item, $"{list} (no field outside HSDS): {item["id"]}");
            }
        }
    }

    [Fact]
    public async Task A_hub_is_an_organization_with_its_place_and_one_active_service_per_topic_its_experts_cover()
    {
        var hub = Make.HubId();
        await PublishHubAsync(hub);

        var export = await GetAsync(Export);

        var organization = Assert.Single(Contents(export, "organizations"), o => o["id"]!.GetValue<Guid>() == HsdsIds.Organization(hub));
        Assert.Equal($"Hub {hub} v1", organization["name"]!.GetValue<string>());
        Assert.Equal("https://hub.example.org/", organization["website"]!.GetValue<string>());
        Assert.Equal("info@hub.example.org", organization["email"]!.GetValue<string>());
        Assert.Equal(hub, organization["organization_identifiers"]![0]!["identifier"]!.GetValue<string>());
        Assert.Equal(["ecommerce", "industry-4-0"], organization["attributes"]!.AsArray().Select(a => a!["taxonomy_term"]!["code"]!.GetValue<string>()));

        var location = Assert.Single(organization["locations"]!.AsArray())!;
        Assert.Equal(("physical", 45.70, 9.03, "CO"), (location["location_type"]!.GetValue<string>(), location["latitude"]!.GetValue<double>(),
            location["longitude"]!.GetValue<double>(), location["external_identifier"]!.GetValue<string>()));
        Assert.Contains("Lombardia", location["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["it", "en"], location["languages"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));

        // Cybersecurity (two experts) and AI (one); energy's only expert retired, so no service for it.
        var services = Contents(export, "services").Where(s => s["organization_id"]!.GetValue<Guid>() == HsdsIds.Organization(hub)).ToList();
        Assert.Equal([Topics.Cybersecurity.Code, Topics.AiData.Code], services.Select(s => s["attributes"]![0]!["taxonomy_term"]!["code"]!.GetValue<string>()));
        Assert.Equal(
            [HsdsIds.Service(hub, Topics.Cybersecurity.Code), HsdsIds.Service(hub, Topics.AiData.Code)],
            organization["services"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()));
        var cyber = services[0];
        Assert.Equal(("active", "Consulenza: Sicurezza informatica", "Consultation: Cybersecurity"),
            (cyber["status"]!.GetValue<string>(), cyber["name"]!.GetValue<string>(), cyber["alternate_name"]!.GetValue<string>()));
        Assert.Equal(["en", "fr", "it"], cyber["languages"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));
        Assert.Equal(["English", "French", "Italian"], cyber["languages"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()));
        Assert.Equal(["en", "it"], services[1]["languages"]!.AsArray().Select(l => l!["code"]!.GetValue<string>()));
        var at = Assert.Single(cyber["service_at_locations"]!.AsArray())!;
        Assert.Equal(location["id"]!.GetValue<Guid>(), at["location_id"]!.GetValue<Guid>());

        var terms = Contents(export, "taxonomy_terms");
        Assert.Equal(Topics.All.Select(t => t.Code), terms.Select(t => t["code"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.Equal("hubs-topics", t["taxonomy"]!.GetValue<string>()));
        Assert.Equal("hubs-topics", Assert.Single(Contents(export, "taxonomies"))["name"]!.GetValue<string>());

        // Same ids in every export.
        var again = await GetAsync(Export);
        Assert.Equal(services.Select(s => s["id"]!.ToJsonString()),
            Contents(again, "services").Where(s => s["organization_id"]!.GetValue<Guid>() == HsdsIds.Organization(hub)).Select(s => s["id"]!.ToJsonString()));
    }

    [Fact]
    public async Task Modified_after_keeps_only_hubs_changed_on_or_after_the_instant()
    {
        var older = Make.HubId();
        var newer = Make.HubId();
        await PublishHubAsync(older);
        await Task.Delay(20);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        await PublishHubAsync(newer, announcedAt: DateTimeOffset.UtcNow);

        var since = await GetAsync($"{Export}?modified_after={Uri.EscapeDataString(between.ToString("O"))}");

        var organizations = Contents(since, "organizations").Select(o => o["id"]!.GetValue<Guid>()).ToList();
        Assert.Contains(HsdsIds.Organization(newer), organizations);
        Assert.DoesNotContain(HsdsIds.Organization(older), organizations);
        var services = Contents(since, "services").Select(s => s["organization_id"]!.GetValue<Guid>()).ToList();
        Assert.Contains(HsdsIds.Organization(newer), services);
        Assert.DoesNotContain(HsdsIds.Organization(older), services);
        Assert.All(Contents(since, "services"), s => Assert.True(s["last_modified"]!.GetValue<DateTimeOffset>() >= between));
        Assert.Equal(between, since["modified_after"]!.GetValue<DateTimeOffset>());

        // An expert change makes the older hub current again.
        await app.PublishAndConsumeAsync(Make.Retired(older, Guid.NewGuid(), 1));
        var after = await GetAsync($"{Export}?modified_after={Uri.EscapeDataString(between.ToString("O"))}");
        Assert.Contains(Contents(after, "organizations"), o => o["id"]!.GetValue<Guid>() == HsdsIds.Organization(older));

        var all = await GetAsync($"{Export}?modified_after=2000-01-01");
        Assert.Contains(Contents(all, "organizations"), o => o["id"]!.GetValue<Guid>() == HsdsIds.Organization(older));

        var none = await GetAsync($"{Export}?modified_after=2999-01-01T00:00:00Z");
        Assert.Empty(Contents(none, "organizations"));
        Assert.True(none["services"]!["empty"]!.GetValue<bool>());
        Assert.Equal(Topics.All.Count, Contents(none, "taxonomy_terms").Count);
    }

    [Fact]
    public async Task Nothing_personal_is_exported()
    {
        var hub = Make.HubId();
        await PublishHubAsync(hub);
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1, name: "Zelda Riservatissima",
            title: "Titolo-Unico-7781", bio: "Biografia-Unica-7781", competencies: [Topics.Grants.Code]));

        using var response = await app.Client.GetAsync(Export);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains(HsdsIds.Service(hub, Topics.Grants.Code).ToString(), text, StringComparison.Ordinal);
        foreach (var personal in new[] { "Zelda", "Riservatissima", "Titolo-Unico-7781", "Biografia-Unica-7781", "Expert v1" })
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }

        // No contact fields anywhere; the only e-mail is each hub's own public address.
        var fields = new List<string>();
        Collect(JsonNode.Parse(text)!, "$", fields);
        Assert.DoesNotContain(fields, f => f.EndsWith(".contacts", StringComparison.Ordinal) || f.EndsWith(".phones", StringComparison.Ordinal));
        Assert.All(fields.Where(f => f.EndsWith("email", StringComparison.Ordinal)),
            f => Assert.Matches(@"^\$\.organizations\.contents\[\d+\]\.email$", f));
    }

    [Fact]
    public async Task A_suspended_or_unannounced_hub_is_not_exported()
    {
        var suspended = Make.HubId();
        await PublishHubAsync(suspended);
        Assert.True(await app.Services.GetRequiredService<IHubRegistry>().SetSuspendedAsync(suspended, true));
        var unannounced = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Published(unannounced, Guid.NewGuid(), 1));

        var export = await GetAsync(Export);

        var organizations = Contents(export, "organizations").Select(o => o["id"]!.GetValue<Guid>()).ToList();
        Assert.DoesNotContain(HsdsIds.Organization(suspended), organizations);
        Assert.DoesNotContain(HsdsIds.Organization(unannounced), organizations);
        Assert.DoesNotContain(Contents(export, "services"), s =>
            s["organization_id"]!.GetValue<Guid>() == HsdsIds.Organization(suspended) || s["organization_id"]!.GetValue<Guid>() == HsdsIds.Organization(unannounced));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("01/03/2026")]
    [InlineData("2026-03-01T25:00:00Z")]
    [InlineData("1700000000")]
    public async Task A_malformed_modified_after_is_a_validation_problem_naming_it(string value)
    {
        using var response = await app.Client.GetAsync($"{Export}?modified_after={Uri.EscapeDataString(value)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["modified_after"], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task An_offset_sent_without_encoding_its_plus_sign_is_still_understood()
    {
        using var response = await app.Client.GetAsync($"{Export}?modified_after=2026-03-01T10:00:00+01:00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), export["modified_after"]!.GetValue<DateTimeOffset>());
    }

    /// <summary>A hub with two cybersecurity experts, one AI expert and a retired energy expert.</summary>
    private async Task PublishHubAsync(string hub, DateTimeOffset? announcedAt = null)
    {
        var announced = Make.Announced(hub, 1);
        await app.PublishAndConsumeAsync(announcedAt is { } at ? announced with { OccurredAt = at } : announced);
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1,
            competencies: [Topics.Cybersecurity.Code, Topics.AiData.Code], languages: ["it", "en"]));
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1, competencies: [Topics.Cybersecurity.Code], languages: ["fr", "it"]));
        var energy = Guid.NewGuid();
        await app.PublishAndConsumeAsync(Make.Published(hub, energy, 1, competencies: [Topics.Energy.Code], languages: ["de"]));
        await app.PublishAndConsumeAsync(Make.Retired(hub, energy, 2));
    }

    private async Task<JsonObject> GetAsync(string url)
    {
        using var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<JsonNode> Contents(JsonObject export, string list) => [.. export[list]!["contents"]!.AsArray().Select(n => n!)];

    private static void AssertValid(Json.Schema.JsonSchema schema, JsonNode instance, string what)
    {
        var problems = HsdsSchemas.Problems(schema, instance);
        Assert.True(problems.Count == 0, $"{what} does not validate:\n{string.Join('\n', problems)}");
    }

    private static void Collect(JsonNode node, string path, List<string> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    fields.Add($"{path}.{name}");
                    if (child is not null)
                    {
                        Collect(child, $"{path}.{name}", fields);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        Collect(child, $"{path}[{i}]", fields);
                    }
                }

                break;
        }
    }
}

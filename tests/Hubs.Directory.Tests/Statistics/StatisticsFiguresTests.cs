using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Statistics;

/// <summary>
/// The figures the coordinators' charts draw: demand by region, outcomes over time, each figure as RFC 4180 CSV with
/// the JSON's numbers, and conditional polling (ETag, 304 while nothing changed).
/// </summary>
public sealed class StatisticsFiguresTests
{
    /// <summary>Wednesday 25 November 2026.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private const string Period = "from=2026-11-01&to=2026-12-31";

    [Fact]
    public async Task Demand_by_region_sums_the_provinces_and_outcomes_are_counted_by_week()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var hub = Make.HubId();
        var milano = Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), provinceCode: "MI");
        await app.PublishAndConsumeAsync(milano);
        await app.PublishAndConsumeAsync(Make.Outcome(milano, 2, OutcomeCategories.GrantSupport));
        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), provinceCode: "CO"));
        var napoli = Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), provinceCode: "NA");
        await app.PublishAndConsumeAsync(napoli);
        await app.PublishAndConsumeAsync(Make.Outcome(napoli, 2, OutcomeCategories.GrantSupport));

        var stats = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/stats?{Period}"))!;

        Assert.Equal(
            [("Lombardia", 2L), ("Campania", 1L)],
            stats["demandByRegion"]!.AsArray().Select(r => (r!["region"]!.GetValue<string>(), r["count"]!.GetValue<long>())));
        Assert.Equal(
            [(OutcomeCategories.GrantSupport, "2026-W48", 1L), (OutcomeCategories.GrantSupport, "2026-W49", 1L)],
            stats["outcomesByCategoryPerWeek"]!.AsArray().Select(r => (r!["category"]!.GetValue<string>(), r["isoWeek"]!.GetValue<string>(), r["count"]!.GetValue<long>())));
    }

    [Fact]
    public async Task Every_figure_downloads_as_csv_with_the_same_numbers_as_the_json()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var hub = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
            topics: [Topics.Energy.Code, Topics.Grants.Code], provinceCode: "MI"));
        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero),
            topics: [Topics.Energy.Code], provinceCode: "TO"));
        var stats = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/stats?{Period}"))!;

        using var perWeek = await app.Client.GetAsync($"/api/directory/stats/consultations-per-hub-per-week.csv?{Period}");
        Assert.Equal(HttpStatusCode.OK, perWeek.StatusCode);
        Assert.Equal("text/csv", perWeek.Content.Headers.ContentType?.MediaType);
        Assert.Equal("consultations-per-hub-per-week_2026-11-01_2026-12-31.csv", perWeek.Content.Headers.ContentDisposition?.FileNameStar ?? perWeek.Content.Headers.ContentDisposition?.FileName);
        var text = await perWeek.Content.ReadAsStringAsync();
        Assert.Equal(
            ["hubId,isoWeek,count", .. stats["consultationsPerHubPerWeek"]!.AsArray().Select(r => $"{r!["hubId"]},{r["isoWeek"]},{r["count"]}")],
            text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);

        var topics = await app.Client.GetStringAsync($"/api/directory/stats/demand-by-topic.csv?{Period}");
        Assert.Equal(
            ["topic,count", .. stats["demandByTopic"]!.AsArray().Select(r => $"{r!["topic"]},{r["count"]}")],
            topics.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{Topics.Energy.Code},2", topics, StringComparison.Ordinal);

        var regions = await app.Client.GetStringAsync($"/api/directory/stats/demand-by-region.csv?{Period}");
        Assert.Equal(["region,count", "Lombardia,1", "Piemonte,1"], regions.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        foreach (var figure in new[] { "demand-by-province", "outcomes-by-category", "outcomes-by-category-per-week", "referral-matrix", "warm-referral-matrix", "practice-adoptions" })
        {
            using var csv = await app.Client.GetAsync($"/api/directory/stats/{figure}.csv?{Period}");
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_unknown_figure_is_a_404_listing_the_figures_and_a_bad_period_a_400_naming_the_field()
    {
        using var app = new DirectoryApp();

        using var unknown = await app.Client.GetAsync("/api/directory/stats/everything.csv");
        using var badDate = await app.Client.GetAsync("/api/directory/stats/demand-by-topic.csv?from=yesterday");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("demand-by-topic", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("\"from\"", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_watcher_polling_with_the_etag_gets_304_until_an_event_changes_the_figures()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var hub = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

        using var first = await app.Client.GetAsync($"/api/directory/stats?{Period}");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var unchanged = await ConditionalAsync(app, tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
        using var changed = await ConditionalAsync(app, tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        var stats = (await changed.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, stats["consultationsPerHubPerWeek"]!.AsArray().Sum(r => r!["count"]!.GetValue<long>()));

        // The answer is kept between polls (StatisticsMemo): every write the figures count must make it new, adoptions too.
        var second = changed.Headers.ETag!;
        using (var kept = await ConditionalAsync(app, second))
        {
            Assert.Equal(HttpStatusCode.NotModified, kept.StatusCode);
        }

        await app.PublishAndConsumeAsync(new PracticeAdopted
        {
            HubId = Make.HubId(), EventId = Guid.CreateVersion7(), OccurredAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), Version = 1,
            AdoptionId = Guid.CreateVersion7(), PracticeHubId = hub, PracticeId = Guid.CreateVersion7(), Topics = ["ecommerce"],
        });
        using var adopted = await ConditionalAsync(app, second);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        Assert.Single((await adopted.Content.ReadFromJsonAsync<JsonObject>())!["practiceAdoptions"]!.AsArray());
    }

    private static Task<HttpResponseMessage> ConditionalAsync(DirectoryApp app, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/directory/stats?{Period}");
        request.Headers.IfNoneMatch.Add(tag);
        return app.Client.SendAsync(request);
    }
}

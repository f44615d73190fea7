using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.Contracts.Consultations;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Storage;
using Hubs.Directory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Directory.Tests.Statistics;

/// <summary>
/// <c>GET /api/directory/stats</c> from consultation events and referrals. Network-wide figures need a directory of
/// their own, so each test starts one.
/// </summary>
public sealed class StatisticsApiTests
{
    /// <summary>Wednesday 25 November 2026.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static async Task<JsonObject> StatsAsync(DirectoryApp app, string query = "from=2026-11-01&to=2026-12-31")
    {
        using var response = await app.Client.GetAsync($"/api/directory/stats?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<(string, long)> Pairs(JsonObject stats, string list, string key) =>
        [.. stats[list]!.AsArray().Select(x => (x![key]!.GetValue<string>(), x["count"]!.GetValue<long>()))];

    [Fact]
    public async Task Consultation_events_are_counted_once_each_whatever_the_duplicates_and_the_order()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var lomazzo = Make.HubId();
        var napoli = Make.HubId();

        // Held, then an outcome; its booking event arrives twice and late, an older "held" arrives after the outcome.
        var held = Make.Booked(lomazzo, Guid.NewGuid(), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await app.PublishAndConsumeAsync(Make.Held(held, 2));
        await app.PublishAndConsumeAsync(Make.Outcome(held, 3, OutcomeCategories.GrantSupport));
        await app.PublishAndConsumeAsync(held);
        await app.PublishAndConsumeAsync(held);
        await app.PublishAndConsumeAsync(held with { EventId = Guid.NewGuid() });
        await app.PublishAndConsumeAsync(Make.Held(held, 2));

        // Booked then cancelled: neither a consultation nor demand.
        var cancelled = Make.Booked(lomazzo, Guid.NewGuid(), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
            topics: [Topics.Energy.Code, Topics.Grants.Code], provinceCode: "MI");
        await app.PublishAndConsumeAsync(cancelled);
        await app.PublishAndConsumeAsync(Make.Cancelled(cancelled, 2));
        await app.PublishAndConsumeAsync(cancelled);

        // A follow-up is a consultation, not new demand.
        await app.PublishAndConsumeAsync(Make.Booked(lomazzo, Guid.NewGuid(), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), kind: "followup"));

        // 23:30 UTC on Sunday 29 November is Monday 30 November in Italy: week 49.
        await app.PublishAndConsumeAsync(Make.Booked(napoli, Guid.NewGuid(), new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero), provinceCode: "NA"));

        // A no-show: demand, but no consultation; its outcome still counts.
        var missed = Make.Booked(napoli, Guid.NewGuid(), new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), provinceCode: "NA",
            topics: [Topics.Cybersecurity.Code, Topics.AiData.Code]);
        await app.PublishAndConsumeAsync(missed);
        await app.PublishAndConsumeAsync(Make.Outcome(missed, 3, OutcomeCategories.Closed, Attendances.NoShow));

        // Outside the period.
        await app.PublishAndConsumeAsync(Make.Booked(napoli, Guid.NewGuid(), new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero)));

        var stats = await StatsAsync(app);

        Assert.Equal("2026-11-01", stats["from"]!.GetValue<string>());
        Assert.Equal("2026-12-31", stats["to"]!.GetValue<string>());
        Assert.Equal(
            new[] { (lomazzo, "2026-W48", 1L), (lomazzo, "2026-W49", 1L), (napoli, "2026-W49", 1L) }
                .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal),
            stats["consultationsPerHubPerWeek"]!.AsArray().Select(x =>
                (x!["hubId"]!.GetValue<string>(), x["isoWeek"]!.GetValue<string>(), x["count"]!.GetValue<long>())));
        Assert.Equal([("cybersecurity", 3L), ("ai-data", 1L)], Pairs(stats, "demandByTopic", "topic"));
        Assert.Equal([("NA", 2L), ("CO", 1L)], Pairs(stats, "demandByProvince", "provinceCode"));
        Assert.Equal(
            [("closed", 1L), ("grant-support", 1L), ("follow-up-recommended", 0L), ("project-with-hub", 0L), ("referred-to-another-hub", 0L)],
            Pairs(stats, "outcomesByCategory", "category"));
        Assert.Empty(stats["practiceAdoptions"]!.AsArray());

        var narrow = await StatsAsync(app, "from=2026-11-30&to=2026-11-30");
        Assert.Equal([(napoli, "2026-W49", 1L)], narrow["consultationsPerHubPerWeek"]!.AsArray().Select(x =>
            (x!["hubId"]!.GetValue<string>(), x["isoWeek"]!.GetValue<string>(), x["count"]!.GetValue<long>())));
    }

    [Fact]
    public async Task Referrals_are_counted_anonymously_with_a_matrix_of_those_a_hub_asked()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var referring = Make.HubId();
        var receiving = Make.HubId();
        foreach (var hub in new[] { referring, receiving })
        {
            await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
            await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, Now, TimeSpan.FromMinutes(1)));
        }

        await app.PublishAndConsumeAsync(Make.Published(receiving, Guid.NewGuid(), 1, competencies: [Topics.Grants.Code]));

        async Task Refer(object referrer)
        {
            using var response = await app.Client.PostAsJsonAsync("/api/directory/referrals",
                new { provinceCode = "CO", topics = new[] { "grants" }, referrer });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await Refer(new { kind = "hub", hubId = referring });
        await Refer(new { kind = "hub", hubId = referring });
        await Refer(new { kind = "chamber-of-commerce", name = "Camera di Commercio Riservata Xq7" });

        var stats = await StatsAsync(app);

        Assert.Equal(3, stats["referrals"]!["total"]!.GetValue<long>());
        var flow = Assert.Single(stats["referrals"]!["matrix"]!.AsArray())!;
        Assert.Equal(referring, flow["from"]!.GetValue<string>());
        Assert.Equal(receiving, flow["to"]!.GetValue<string>());
        Assert.Equal(2, flow["count"]!.GetValue<long>());
        Assert.Equal(0, (await StatsAsync(app, "from=2026-11-26&to=2026-11-30"))["referrals"]!["total"]!.GetValue<long>());

        // The referrer's name is not kept anywhere in the directory's store.
        var file = app.Services.GetRequiredService<SqliteDatabase>().FilePath;
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            Assert.DoesNotContain("Riservata Xq7", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_dates_the_period_is_ninety_days_back_to_sixty_ahead_and_says_so()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);
        var hub = Make.HubId();

        // Booked today for next week: a coordinator looking at the default period sees it.
        await app.PublishAndConsumeAsync(Make.Booked(hub, Guid.NewGuid(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));

        var stats = await StatsAsync(app, "");

        Assert.Equal("2027-01-24", stats["to"]!.GetValue<string>());
        Assert.Equal("2026-08-28", stats["from"]!.GetValue<string>());
        var period = stats["period"]!;
        Assert.Equal(("2026-08-28", "2027-01-24", 150, "2026-11-25", true),
            (period["from"]!.GetValue<string>(), period["to"]!.GetValue<string>(), period["days"]!.GetValue<int>(),
             period["today"]!.GetValue<string>(), period["includesUpcoming"]!.GetValue<bool>()));
        Assert.Contains("upcoming", period["countedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        var week = Assert.Single(stats["consultationsPerHubPerWeek"]!.AsArray())!;
        Assert.Equal(hub, week["hubId"]!.GetValue<string>());
        Assert.Equal(0, stats["referrals"]!["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_period_in_the_past_says_it_holds_no_upcoming_meetings()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(Now);

        var period = (await StatsAsync(app, "to=2026-10-31"))["period"]!;

        Assert.Equal(("2026-08-03", "2026-10-31", false),
            (period["from"]!.GetValue<string>(), period["to"]!.GetValue<string>(), period["includesUpcoming"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("to=0001-01-05")]
    [InlineData("from=0001-01-01&to=0001-01-01")]
    [InlineData("from=9999-12-31&to=9999-12-31")]
    [InlineData("from=%202026-11-01%20&to=2026-11-30")]
    public async Task Periods_at_the_edges_of_the_calendar_are_answered(string query)
    {
        using var app = new DirectoryApp();

        var stats = await StatsAsync(app, query);

        Assert.Equal(0, stats["referrals"]!["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=26-11-2026", "from")]
    [InlineData("to=2026-11-31", "to")]
    [InlineData("to=2026-11-30T00:00:00Z", "to")]
    [InlineData("from=2026-11-30&to=2026-11-01", "to")]
    [InlineData("from=1990-01-01&to=2026-11-01", "to")]
    public async Task A_bad_period_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var app = new DirectoryApp();

        using var response = await app.Client.GetAsync($"/api/directory/stats?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }
}

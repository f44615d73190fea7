using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Statistics;

/// <summary>Practices published, adopted and endorsed per hub over a period: JSON with an entity tag, and CSV with the same numbers.</summary>
public sealed class PracticeActivityTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _author = Make.HubId();
    private readonly string _other = Make.HubId();
    private readonly string _third = Make.HubId();

    [Fact]
    public async Task Each_hub_counts_what_it_published_received_and_gave_in_the_period()
    {
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        foreach (var hub in new[] { _author, _other, _third })
        {
            await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
        }

        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, first, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, first, 2));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, second, 1));
        (await app.Client.PostAsync($"/api/practices/{_author}/{first}/adoptions", Json.Body(new { adoptingHubId = _other, note = "Adattata." }))).EnsureSuccessStatusCode();
        (await app.Client.PostAsync($"/api/practices/{_author}/{second}/adoptions", Json.Body(new { adoptingHubId = _other, note = "Anche questa." }))).EnsureSuccessStatusCode();
        (await app.Client.PostAsync($"/api/practices/{_author}/{first}/endorsements", Json.Body(new { hubId = _other }))).EnsureSuccessStatusCode();
        (await app.Client.PostAsync($"/api/practices/{_author}/{first}/endorsements", Json.Body(new { hubId = _third }))).EnsureSuccessStatusCode();

        var all = await ActivityAsync("");
        Assert.Equal(["hubId", "published", "adoptionsReceived", "endorsementsReceived", "adoptionsMade", "endorsementsGiven"],
            all[_author].EnumerateObject().Select(p => p.Name));
        Assert.Equal((2, 2, 2, 0, 0), Counts(all[_author]));
        Assert.Equal((0, 0, 0, 2, 1), Counts(all[_other]));
        Assert.Equal((0, 0, 0, 0, 1), Counts(all[_third]));

        // The practices were published at the test epoch, the adoptions and endorsements today.
        var today = DateTime.UtcNow.Date;
        var recent = await ActivityAsync($"?from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}T23:59:59Z");
        Assert.Equal((0, 2, 2, 0, 0), Counts(recent[_author]));
        var early = await ActivityAsync($"?to={today:yyyy-MM-dd}");
        Assert.Equal((2, 0, 0, 0, 0), Counts(early[_author]));
        Assert.False(early.ContainsKey(_other));

        var csv = (await app.Client.GetStringAsync("/api/practices/stats/activity.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("hubId,published,adoptionsReceived,endorsementsReceived,adoptionsMade,endorsementsGiven", csv[0]);
        Assert.Contains($"{_author},2,2,2,0,0", csv);
        Assert.Contains($"{_other},0,0,0,2,1", csv);
        Assert.Equal(all.Count + 1, csv.Length);
    }

    [Fact]
    public async Task A_watcher_gets_304_while_nothing_changed_and_the_new_figures_after_a_change()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_author, 1));
        await app.PublishAndConsumeAsync(Make.Announced(_other, 1));
        var practice = Guid.CreateVersion7();
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, practice, 1));

        using var first = await app.Client.GetAsync("/api/practices/stats/activity");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;

        using (var unchanged = await ConditionalAsync(tag))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
            Assert.Equal(tag, unchanged.Headers.ETag);
        }

        (await app.Client.PostAsync($"/api/practices/{_author}/{practice}/endorsements", Json.Body(new { hubId = _other }))).EnsureSuccessStatusCode();
        using var changed = await ConditionalAsync(tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/practices/stats/activity?from=yesterday", "from")]
    [InlineData("/api/practices/stats/activity?from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("/api/practices/stats/activity.csv?to=2026-13-01", "to")]
    public async Task A_bad_period_is_a_400_naming_the_field(string path, string field)
    {
        await Json.AssertProblem(await app.Client.GetAsync(path), HttpStatusCode.BadRequest, field);
    }

    private async Task<Dictionary<string, JsonElement>> ActivityAsync(string query)
    {
        var answer = await app.Client.GetFromJsonAsync<JsonElement>($"/api/practices/stats/activity{query}");
        return answer.GetProperty("hubs").EnumerateArray().ToDictionary(h => h.GetProperty("hubId").GetString()!);
    }

    private static (long, long, long, long, long) Counts(JsonElement hub) => (
        hub.GetProperty("published").GetInt64(), hub.GetProperty("adoptionsReceived").GetInt64(), hub.GetProperty("endorsementsReceived").GetInt64(),
        hub.GetProperty("adoptionsMade").GetInt64(), hub.GetProperty("endorsementsGiven").GetInt64());

    private Task<HttpResponseMessage> ConditionalAsync(EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/practices/stats/activity");
        request.Headers.IfNoneMatch.Add(tag);
        return app.Client.SendAsync(request);
    }
}

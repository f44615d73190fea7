using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Statistics;

/// <summary>Adoptions the exchange published reach <c>GET /api/directory/stats</c>, once each, by their day in Italy.</summary>
public sealed class PracticeAdoptionStatisticsTests
{
    private static PracticeAdopted Adopted(string adopter, string author, DateTimeOffset at) => new()
    {
        HubId = adopter,
        EventId = Guid.CreateVersion7(),
        OccurredAt = at,
        Version = 1,
        AdoptionId = Guid.CreateVersion7(),
        PracticeHubId = author,
        PracticeId = Guid.CreateVersion7(),
        Topics = ["ecommerce"],
    };

    private static async Task<List<(string, string, long)>> AdoptionsAsync(DirectoryApp app, string query)
    {
        using var response = await app.Client.GetAsync($"/api/directory/stats?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stats = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. stats["practiceAdoptions"]!.AsArray().Select(x => (
            x!["practiceHubId"]!.GetValue<string>(), x["adoptingHubId"]!.GetValue<string>(), x["count"]!.GetValue<long>()))];
    }

    [Fact]
    public async Task Published_adoptions_are_counted_once_each_by_their_day_in_Italy()
    {
        using var app = new DirectoryApp();
        app.Clock.Freeze(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var author = Make.HubId();
        var adopter = Make.HubId();

        var first = Adopted(adopter, author, new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        await app.PublishAndConsumeAsync(first);
        await app.PublishAndConsumeAsync(first);

        // The exchange republishes after a crash with the same EventId; a new EventId for the same adoption is still one adoption.
        await app.PublishAndConsumeAsync(first with { EventId = Guid.CreateVersion7() });
        await app.PublishAndConsumeAsync(Adopted(adopter, author, new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero)));

        // 23:30 UTC on 30 November is 1 December in Italy.
        await app.PublishAndConsumeAsync(Adopted(author, adopter, new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal([(author, adopter, 2L)], await AdoptionsAsync(app, "from=2026-11-01&to=2026-11-30"));
        Assert.Equal([(adopter, author, 1L)], await AdoptionsAsync(app, "from=2026-12-01&to=2026-12-31"));
        Assert.Empty(await AdoptionsAsync(app, "from=2026-10-01&to=2026-10-31"));
    }
}

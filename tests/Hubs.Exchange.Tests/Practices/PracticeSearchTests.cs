using System.Net;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Practices;

/// <summary><c>GET /api/practices</c>: text search, filters, newest first, paging, and its bad-input answers.</summary>
public sealed class PracticeSearchTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _hub = Make.HubId();

    private async Task<JsonElement> SearchAsync(string query)
    {
        var response = await app.Client.GetAsync($"/api/practices?hub={_hub}&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    private static string[] Titles(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    private async Task<PracticePublished> PublishAsync(string title, int hour, string body = "Plain body.", string language = "it", string[]? topics = null)
    {
        var e = PracticeEvents.Published(_hub, Guid.CreateVersion7(), 1, title: title, body: body, language: language, topics: topics)
            with { OccurredAt = Make.Epoch.AddHours(hour) };
        await app.PublishAndConsumeAsync(e);
        return e;
    }

    [Fact]
    public async Task Text_search_ignores_case_and_accents_and_reads_title_summary_and_body()
    {
        await PublishAsync("Perché il CAFFÈ va online", 1);
        await PublishAsync("Export in Germania", 2, body: "Abbiamo usato la **Fiera di Norimberga** come vetrina.");
        await PublishAsync("Magazzino", 3);

        Assert.Equal(["Perché il CAFFÈ va online"], Titles(await SearchAsync("q=perche%20caffe")));
        Assert.Equal(["Perché il CAFFÈ va online"], Titles(await SearchAsync("q=CAFF%C3%88")));
        Assert.Equal(["Export in Germania"], Titles(await SearchAsync("q=norimberga")));
        Assert.Equal(3, (await SearchAsync("q=summary%20of%20version")).GetProperty("total").GetInt64());
        Assert.Empty(Titles(await SearchAsync("q=perche%20norimberga")));
        Assert.Empty(Titles(await SearchAsync("q=100%25_")));
    }

    [Fact]
    public async Task Topic_and_language_filter_and_the_newest_come_first()
    {
        await PublishAsync("Old grants", 1, topics: ["grants"]);
        await PublishAsync("English energy", 2, language: "en", topics: ["energy", "grants"]);
        await PublishAsync("New shop", 3, topics: ["ecommerce"]);

        Assert.Equal(["New shop", "English energy", "Old grants"], Titles(await SearchAsync("")));
        Assert.Equal(["English energy", "Old grants"], Titles(await SearchAsync("topic=grants")));
        Assert.Equal(["English energy"], Titles(await SearchAsync("language=en")));
        Assert.Equal(["Old grants"], Titles(await SearchAsync("language=it&topic=grants")));
        Assert.Empty(Titles(await SearchAsync("topic=cybersecurity")));
    }

    [Fact]
    public async Task Paging_counts_every_match_and_a_page_beyond_the_end_is_a_400_on_page()
    {
        for (var i = 1; i <= 5; i++)
        {
            await PublishAsync($"P{i}", i);
        }

        var first = await SearchAsync("pageSize=2");
        Assert.Equal(["P5", "P4"], Titles(first));
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(5, first.GetProperty("total").GetInt64());
        Assert.Equal(["P3", "P2"], Titles(await SearchAsync("pageSize=2&page=2")));
        Assert.Equal(["P1"], Titles(await SearchAsync("pageSize=2&page=3")));

        await Json.AssertProblem(await app.Client.GetAsync($"/api/practices?hub={_hub}&pageSize=2&page=4"), HttpStatusCode.BadRequest, "page");

        // An empty first page is an answer, not an error.
        var none = await SearchAsync("q=nothing-matches-this");
        Assert.Equal(0, none.GetProperty("total").GetInt64());
        Assert.Empty(Titles(none));
    }

    [Fact]
    public async Task The_list_item_has_the_summary_fields_only()
    {
        await PublishAsync("Shape", 1);

        var item = (await SearchAsync("")).GetProperty("items")[0];
        Assert.Equal(
            ["hubId", "hubName", "practiceId", "version", "title", "summary", "topics", "language", "grantCallReference", "publishedAt", "updatedAt", "adoptions", "endorsements"],
            item.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("topic=blockchain", "topic")]
    [InlineData("hub=Not%20A%20Hub", "hub")]
    [InlineData("language=ita", "language")]
    [InlineData("language=IT", "language")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=1.5", "pageSize")]
    public async Task A_bad_filter_is_a_400_naming_it(string query, string field)
    {
        await Json.AssertProblem(await app.Client.GetAsync($"/api/practices?{query}"), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_overlong_search_is_a_400_on_q()
    {
        await Json.AssertProblem(await app.Client.GetAsync($"/api/practices?q={new string('a', 201)}"), HttpStatusCode.BadRequest, "q");
    }

    [Theory]
    [InlineData("/api/practices/ivrea/not-a-guid")]
    [InlineData("/api/practices/ivrea/00000000-0000-7000-8000-000000000000")]
    [InlineData("/api/practices/ivrea/00000000-0000-7000-8000-000000000000/versions")]
    [InlineData("/api/practices/ivrea/00000000-0000-7000-8000-000000000000/versions/1")]
    public async Task An_unknown_practice_is_a_404_problem(string path)
    {
        await Json.AssertProblem(await app.Client.GetAsync(path), HttpStatusCode.NotFound);
    }
}

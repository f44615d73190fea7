using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Adoptions;

/// <summary>Adoption by another known hub, once per hub and practice, and the counts for the network statistics.</summary>
public sealed class AdoptionTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _author = Make.HubId();
    private readonly string _adopter = Make.HubId();
    private readonly Guid _practice = Guid.CreateVersion7();

    private string Adoptions => $"/api/practices/{_author}/{_practice}/adoptions";

    private async Task ArrangeAsync()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_author, 1));
        await app.PublishAndConsumeAsync(Make.Announced(_adopter, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, _practice, 2));
    }

    private static object Body(string hub, string? note = "Adattato ai negozi di Ivrea, con due incontri invece di tre.") =>
        new { adoptingHubId = hub, note };

    [Fact]
    public async Task Another_known_hub_adopts_once_with_its_note()
    {
        await ArrangeAsync();

        var created = await app.Client.PostAsync(Adoptions, Json.Body(Body(_adopter)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var adoption = await Json.ReadAsync(created);
        Assert.Equal(
            ["adoptionId", "practiceHubId", "practiceId", "practiceVersion", "adoptingHubId", "note", "adoptedAt"],
            adoption.EnumerateObject().Select(p => p.Name));
        Assert.Equal(_adopter, adoption.GetProperty("adoptingHubId").GetString());
        Assert.Equal(2, adoption.GetProperty("practiceVersion").GetInt64());
        var location = created.Headers.Location!.OriginalString;
        Assert.Equal($"{Adoptions}/{adoption.GetProperty("adoptionId").GetGuid()}", location);

        var read = await app.Client.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal(adoption.GetProperty("note").GetString(), read.GetProperty("note").GetString());
        Assert.Single((await app.Client.GetFromJsonAsync<JsonElement>(Adoptions)).EnumerateArray());
        Assert.Equal(1, (await app.Client.GetFromJsonAsync<JsonElement>($"/api/practices/{_author}/{_practice}")).GetProperty("adoptions").GetInt64());

        var again = await app.Client.PostAsync(Adoptions, Json.Body(Body(_adopter, "Second try")));
        await Json.AssertProblem(again, HttpStatusCode.Conflict, "adoptingHubId");
        Assert.Equal(location, (await Json.ReadAsync(again)).GetProperty("adoption").GetString());
        Assert.Single((await app.Client.GetFromJsonAsync<JsonElement>(Adoptions)).EnumerateArray());
    }

    [Theory]
    [InlineData("staff-of-another-hub")]
    [InlineData("coordinator")]
    [InlineData("anonymous")]
    public async Task Only_staff_of_the_adopting_hub_can_adopt_for_it(string caller)
    {
        await ArrangeAsync();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = caller switch
        {
            "staff-of-another-hub" => Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Staff(Make.HubId())),
            "coordinator" => Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Coordinator()),
            _ => null,
        };

        var refused = await client.PostAsync(Adoptions, Json.Body(Body(_adopter)));

        Assert.Equal(caller == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await app.Client.GetFromJsonAsync<JsonElement>(Adoptions)).EnumerateArray());
    }

    [Fact]
    public async Task Concurrent_adoptions_by_one_hub_store_exactly_one()
    {
        await ArrangeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Client.PostAsync(Adoptions, Json.Body(Body(_adopter)))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Single((await app.Client.GetFromJsonAsync<JsonElement>(Adoptions)).EnumerateArray());
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { """{"note": "x"}""", "adoptingHubId" },
        { """{"adoptingHubId": "", "note": "x"}""", "adoptingHubId" },
        { """{"adoptingHubId": "Not A Hub", "note": "x"}""", "adoptingHubId" },
        { """{"adoptingHubId": 42, "note": "x"}""", "adoptingHubId" },
        { """{"adoptingHubId": "{adopter}"}""", "note" },
        { """{"adoptingHubId": "{adopter}", "note": "  "}""", "note" },
        { """{"adoptingHubId": "{adopter}", "note": "Chiedete a anna@example.org"}""", "note" },
        { """{"adoptingHubId": "{adopter}", "note": "Tel 333 123 4567"}""", "note" },
        { """{"adoptingHubId": "{adopter}", "note": "bell\u0007"}""", "note" },
        { """{"adoptingHubId": "{adopter}", "note": "{long}"}""", "note" },
        { """{"adoptingHubId": "{author}", "note": "own"}""", "adoptingHubId" },
        { """{"adoptingHubId": "unknown-hub-xyz", "note": "who?"}""", "adoptingHubId" },
        { """{"adoptingHubId": "{adopter}", """, "body" },
        { "not json", "body" },
        { "null", "body" },
        { "[]", "body" },
        { "", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_adoption_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        await ArrangeAsync();
        body = body.Replace("{adopter}", _adopter, StringComparison.Ordinal).Replace("{author}", _author, StringComparison.Ordinal)
            .Replace("{long}", new string('n', 2001), StringComparison.Ordinal);

        await Json.AssertProblem(await app.Client.PostAsync(Adoptions, Json.Raw(body)), HttpStatusCode.BadRequest, field);
        Assert.Empty((await app.Client.GetFromJsonAsync<JsonElement>(Adoptions)).EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_or_withdrawn_practice_cannot_be_adopted()
    {
        await ArrangeAsync();
        await Json.AssertProblem(await app.Client.PostAsync($"/api/practices/{_author}/{Guid.CreateVersion7()}/adoptions", Json.Body(Body(_adopter))), HttpStatusCode.NotFound);

        await app.PublishAndConsumeAsync(PracticeEvents.Withdrawn(_author, _practice, 3));
        await Json.AssertProblem(await app.Client.PostAsync(Adoptions, Json.Body(Body(_adopter))), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        await ArrangeAsync();
        var response = await app.Client.PostAsync(Adoptions, new StringContent(JsonSerializer.Serialize(Body(_adopter)), Encoding.UTF8, "text/plain"));
        await Json.AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Statistics_count_adoptions_per_author_and_adopting_hub_in_the_period()
    {
        await ArrangeAsync();
        var second = Guid.CreateVersion7();
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, second, 1));
        var third = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Announced(third, 1));

        (await app.Client.PostAsync(Adoptions, Json.Body(Body(_adopter)))).EnsureSuccessStatusCode();
        (await app.Client.PostAsync($"/api/practices/{_author}/{second}/adoptions", Json.Body(Body(_adopter)))).EnsureSuccessStatusCode();
        (await app.Client.PostAsync($"/api/practices/{_author}/{second}/adoptions", Json.Body(Body(third)))).EnsureSuccessStatusCode();

        var counts = await app.Client.GetFromJsonAsync<JsonElement>("/api/practices/stats/adoptions");
        var mine = counts.EnumerateArray().Where(c => c.GetProperty("practiceHubId").GetString() == _author).ToList();
        Assert.Equal(["practiceHubId", "adoptingHubId", "count"], mine[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            new[] { (_adopter, 2L), (third, 1L) }.OrderBy(c => c.Item1, StringComparer.Ordinal),
            mine.Select(c => (c.GetProperty("adoptingHubId").GetString()!, c.GetProperty("count").GetInt64())));

        var today = DateTime.UtcNow.Date;
        var inPeriod = await app.Client.GetFromJsonAsync<JsonElement>($"/api/practices/stats/adoptions?from={today:yyyy-MM-dd}&to={today.AddDays(2):yyyy-MM-dd}");
        Assert.Equal(3, inPeriod.EnumerateArray().Where(c => c.GetProperty("practiceHubId").GetString() == _author).Sum(c => c.GetProperty("count").GetInt64()));
        var before = await app.Client.GetFromJsonAsync<JsonElement>($"/api/practices/stats/adoptions?to={today.AddDays(-1):yyyy-MM-dd}T00:00:00Z");
        Assert.DoesNotContain(before.EnumerateArray(), c => c.GetProperty("practiceHubId").GetString() == _author);
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    [InlineData("from=2026-03-01&to=2026-03-01", "to")]
    public async Task A_bad_period_is_a_400_naming_the_field(string query, string field)
    {
        await Json.AssertProblem(await app.Client.GetAsync($"/api/practices/stats/adoptions?{query}"), HttpStatusCode.BadRequest, field);
    }
}

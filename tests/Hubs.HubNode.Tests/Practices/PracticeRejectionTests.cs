using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Practices;

/// <summary>Every kind of bad request is a problem response that stores nothing and writes no event.</summary>
public sealed class PracticeRejectionTests(PracticeNodeFixture node) : IClassFixture<PracticeNodeFixture>
{
    private const string Hub = TestHub.Id;
    private const string Published = "{published}";
    private const string Withdrawn = "{withdrawn}";

    public static TheoryData<string, string> BadBodies() => new()
    {
        { Json(PracticeBodies.Without("title")), "title" },
        { Json(PracticeBodies.With("title", "   ")), "title" },
        { Json(PracticeBodies.With("title", new string('t', 201))), "title" },
        { Json(PracticeBodies.With("title", "Line one\nline two")), "title" },
        { Json(PracticeBodies.With("title", "Bell\u0007")), "title" },
        { Json(PracticeBodies.With("title", "Broken LONE text")).Replace("LONE", "\\ud800", StringComparison.Ordinal), "title" },
        { Json(PracticeBodies.With("title", 42)), "title" },
        { Json(PracticeBodies.Without("summary")), "summary" },
        { Json(PracticeBodies.With("summary", new string('s', 1001))), "summary" },
        { Json(PracticeBodies.With("summary", "Ask mario.rossi@example.it for the template")), "summary" },
        { Json(PracticeBodies.Without("bodyMarkdown")), "bodyMarkdown" },
        { Json(PracticeBodies.With("bodyMarkdown", "\n\n  ")), "bodyMarkdown" },
        { Json(PracticeBodies.With("bodyMarkdown", new string('b', 20_001))), "bodyMarkdown" },
        { Json(PracticeBodies.With("bodyMarkdown", "Call the owner on 333 123 4567 for details")), "bodyMarkdown" },
        { Json(PracticeBodies.With("bodyMarkdown", "[write](mailto:owner@bar-sport.it)")), "bodyMarkdown" },
        { Json(PracticeBodies.Without("topics")), "topics" },
        { Json(PracticeBodies.With("topics", Array.Empty<string>())), "topics" },
        { Json(PracticeBodies.With("topics", new[] { "ecommerce", "blockchain" })), "topics[1]" },
        { Json(PracticeBodies.With("topics", new string?[] { null })), "topics[0]" },
        { Json(PracticeBodies.With("topics", "ecommerce")), "topics" },
        { Json(PracticeBodies.With("topics", Enumerable.Repeat("grants", 21).ToArray())), "topics" },
        { Json(PracticeBodies.With("resultsAchieved", new string('r', 2001))), "resultsAchieved" },
        { Json(PracticeBodies.With("resultsAchieved", "Thanks to Bar Sport, P.IVA 01234567890")), "resultsAchieved" },
        { Json(PracticeBodies.With("links", new[] { "javascript:alert(1)" })), "links[0]" },
        { Json(PracticeBodies.With("links", new[] { "https://ok.example.org", "/relative/path" })), "links[1]" },
        { Json(PracticeBodies.With("links", new[] { "ftp://example.org/file" })), "links[0]" },
        { Json(PracticeBodies.With("links", new[] { "https://user:secret@example.org/" })), "links[0]" },
        { Json(PracticeBodies.With("links", new[] { "https://example.org/a b" })), "links[0]" },
        { Json(PracticeBodies.With("links", new[] { "https://example.org/?contact=anna@example.org" })), "links[0]" },
        { Json(PracticeBodies.With("links", new string?[] { null })), "links[0]" },
        { Json(PracticeBodies.With("links", Enumerable.Range(0, 11).Select(i => $"https://example.org/{i}").ToArray())), "links" },
        { Json(PracticeBodies.Without("language")), "language" },
        { Json(PracticeBodies.With("language", "xx")), "language" },
        { Json(PracticeBodies.With("language", "ita")), "language" },
        { Json(PracticeBodies.With("language", "IT")), "language" },
        { Json(PracticeBodies.With("grantCallReference", new string('g', 201))), "grantCallReference" },
        { """{"title": "A", "summary": "x", """, "body" },
        { """{"title": "A""", "title" }, // cut inside a value: the error points at it
        { "not json", "body" },
        { "", "body" },
        { "null", "body" },
        { "[]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_publish_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/practices", JsonBody(body)));
        await AssertValidationProblem(response, field);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_revision_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var response = await Unchanged(() => node.Client.PutAsync($"/api/hubs/{Hub}/practices/{node.Published.Id}", JsonBody(body)));
        await AssertValidationProblem(response, field);
        var stored = await node.Client.GetFromJsonAsync<PracticeResponse>($"/api/hubs/{Hub}/practices/{node.Published.Id}");
        Assert.Equal(node.Published.Version, stored!.Version);
    }

    [Fact]
    public async Task Several_bad_fields_are_all_named()
    {
        var body = PracticeBodies.Valid();
        body["title"] = "";
        body["language"] = "zz";
        body["topics"] = new[] { "nope" };
        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/practices", JsonBody(Json(body))));
        foreach (var field in new[] { "title", "language", "topics[0]" })
        {
            await AssertValidationProblem(response, field);
        }
    }

    [Theory]
    [InlineData("GET", "/api/hubs/other-hub/practices")]
    [InlineData("POST", "/api/hubs/other-hub/practices")]
    [InlineData("PUT", "/api/hubs/other-hub/practices/" + Published)]
    [InlineData("DELETE", "/api/hubs/other-hub/practices/" + Published)]
    public async Task A_route_naming_another_hub_is_a_400_on_hubId_or_403_for_a_write(string method, string path)
    {
        var response = await Unchanged(() => Send(method, path, Json(PracticeBodies.Valid("Elsewhere"))));
        if (method == "GET")
        {
            await AssertValidationProblem(response, "hubId");
        }
        else
        {
            // Staff of this hub writing for another: authorisation refuses before the route is looked at.
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("GET", "/api/hubs/" + Hub + "/practices/00000000-0000-7000-8000-000000000000")]
    [InlineData("PUT", "/api/hubs/" + Hub + "/practices/00000000-0000-7000-8000-000000000000")]
    [InlineData("DELETE", "/api/hubs/" + Hub + "/practices/00000000-0000-7000-8000-000000000000")]
    [InlineData("GET", "/api/hubs/" + Hub + "/practices/" + Withdrawn)]
    [InlineData("PUT", "/api/hubs/" + Hub + "/practices/" + Withdrawn)]
    [InlineData("DELETE", "/api/hubs/" + Hub + "/practices/" + Withdrawn)]
    [InlineData("GET", "/api/hubs/" + Hub + "/practices/not-a-guid")]
    public async Task An_unknown_or_withdrawn_practice_is_a_404_problem(string method, string path)
    {
        var response = await Unchanged(() => Send(method, path, Json(PracticeBodies.Valid("Ghost"))));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_stale_if_match_is_a_412_problem(string method)
    {
        var response = await Unchanged(() => Send(method, $"/api/hubs/{Hub}/practices/{Published}", Json(PracticeBodies.Valid("Late")), ifMatch: "\"99\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("PUT", "abc")]
    [InlineData("DELETE", "\"0\"")]
    public async Task A_malformed_if_match_is_a_400_on_If_Match(string method, string ifMatch)
    {
        var response = await Unchanged(() => Send(method, $"/api/hubs/{Hub}/practices/{Published}", Json(PracticeBodies.Valid("Odd")), ifMatch));
        await AssertValidationProblem(response, "If-Match");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/practices",
            new StringContent(Json(PracticeBodies.Valid()), Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_public_list_shows_the_published_practice_and_not_the_withdrawn_one()
    {
        var list = (await node.Client.GetFromJsonAsync<PracticeResponse[]>($"/api/hubs/{Hub}/practices"))!;
        Assert.Contains(list, p => p.Id == node.Published.Id);
        Assert.DoesNotContain(list, p => p.Id == node.Withdrawn.Id);
    }

    private async Task<HttpResponseMessage> Unchanged(Func<Task<HttpResponseMessage>> request)
    {
        var practices = await PracticeFile.CountAsync(node.DatabasePath);
        var outbox = await StoreFile.OutboxCountAsync(node.DatabasePath);
        var response = await request();
        Assert.Equal(practices, await PracticeFile.CountAsync(node.DatabasePath));
        Assert.Equal(outbox, await StoreFile.OutboxCountAsync(node.DatabasePath));
        return response;
    }

    private Task<HttpResponseMessage> Send(string method, string path, string body, string? ifMatch = null)
    {
        path = path.Replace(Published, node.Published.Id.ToString(), StringComparison.Ordinal)
            .Replace(Withdrawn, node.Withdrawn.Id.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonBody(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return node.Client.SendAsync(request);
    }

    private static async Task AssertValidationProblem(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors has no '{field}': {errors}");
    }

    private static StringContent JsonBody(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Json(object body) => JsonSerializer.Serialize(body);
}

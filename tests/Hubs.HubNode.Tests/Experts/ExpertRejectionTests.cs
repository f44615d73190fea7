using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Experts;

/// <summary>Every kind of bad request is a problem response that stores nothing and writes no event.</summary>
public sealed class ExpertRejectionTests(ExpertNodeFixture node) : IClassFixture<ExpertNodeFixture>
{
    private const string Hub = TestHub.Id;
    private const string Active = "{active}";
    private const string Retired = "{retired}";

    public static TheoryData<string, string> BadBodies() => new()
    {
        { Json(ExpertBodies.Without("name")), "name" },
        { Json(ExpertBodies.With("name", "   ")), "name" },
        { Json(ExpertBodies.With("name", null)), "name" },
        { Json(ExpertBodies.With("name", new string('n', 201))), "name" },
        { Json(ExpertBodies.With("name", "Anna\u0000Verdi")), "name" },
        { Json(ExpertBodies.Without("title")), "title" },
        { Json(ExpertBodies.With("title", "")), "title" },
        { Json(ExpertBodies.With("title", new string('t', 201))), "title" },
        { Json(ExpertBodies.Without("bio")), "bio" },
        { Json(ExpertBodies.With("bio", new string('b', 4001))), "bio" },
        { Json(ExpertBodies.Without("competencies")), "competencies" },
        { Json(ExpertBodies.With("competencies", Array.Empty<string>())), "competencies" },
        { Json(ExpertBodies.With("competencies", new[] { "nope" })), "competencies[0]" },
        { Json(ExpertBodies.With("competencies", new[] { "ecommerce", "blockchain" })), "competencies[1]" },
        { Json(ExpertBodies.With("competencies", new string?[] { null })), "competencies[0]" },
        { Json(ExpertBodies.With("competencies", "ecommerce")), "competencies" },
        { Json(ExpertBodies.Without("languages")), "languages" },
        { Json(ExpertBodies.With("languages", Array.Empty<string>())), "languages" },
        { Json(ExpertBodies.With("languages", new[] { "xx" })), "languages[0]" },
        { Json(ExpertBodies.With("languages", new[] { "it", "EN" })), "languages[1]" },
        { Json(ExpertBodies.With("languages", new[] { "ita" })), "languages[0]" },
        { Json(ExpertBodies.With("name", 42)), "name" },
        { """{"name": "Anna", "title": "x", """, "body" },
        { """{"name": "Anna""", "name" }, // cut inside a value: the error points at it
        { "not json", "body" },
        { "", "body" },
        { "null", "body" },
        { "[]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_create_is_a_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/experts", JsonBody(body)));
        await AssertValidationProblem(response, field);
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_update_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var response = await Unchanged(() => node.Client.PutAsync($"/api/hubs/{Hub}/experts/{node.Active.Id}", JsonBody(body)));
        await AssertValidationProblem(response, field);
        var stored = await node.Client.GetFromJsonAsync<ExpertResponse>($"/api/hubs/{Hub}/experts/{node.Active.Id}");
        Assert.Equal(node.Active.Version, stored!.Version);
    }

    [Theory]
    [InlineData("GET", "/api/hubs/other-hub/experts")]
    [InlineData("GET", "/api/hubs/other-hub/experts/" + Active)]
    [InlineData("POST", "/api/hubs/other-hub/experts")]
    [InlineData("PUT", "/api/hubs/other-hub/experts/" + Active)]
    [InlineData("DELETE", "/api/hubs/other-hub/experts/" + Active)]
    [InlineData("GET", "/api/hubs/other-hub/profile")]
    [InlineData("POST", "/api/hubs/LOMAZZO/experts")]
    public async Task A_route_naming_another_hub_is_a_400_on_hubId_or_403_for_a_write(string method, string path)
    {
        var response = await Unchanged(() => Send(method, path, Json(ExpertBodies.Valid("Someone Else"))));
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
    [InlineData("GET", "/api/hubs/" + Hub + "/experts/00000000-0000-7000-8000-000000000000")]
    [InlineData("PUT", "/api/hubs/" + Hub + "/experts/00000000-0000-7000-8000-000000000000")]
    [InlineData("DELETE", "/api/hubs/" + Hub + "/experts/00000000-0000-7000-8000-000000000000")]
    [InlineData("GET", "/api/hubs/" + Hub + "/experts/" + Retired)]
    [InlineData("PUT", "/api/hubs/" + Hub + "/experts/" + Retired)]
    [InlineData("DELETE", "/api/hubs/" + Hub + "/experts/" + Retired)]
    [InlineData("GET", "/api/hubs/" + Hub + "/experts/not-a-guid")]
    public async Task An_unknown_or_retired_expert_is_a_404_problem(string method, string path)
    {
        var response = await Unchanged(() => Send(method, path, Json(ExpertBodies.Valid("Ghost"))));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_stale_if_match_is_a_412_problem(string method)
    {
        var response = await Unchanged(() => Send(method, $"/api/hubs/{Hub}/experts/{Active}", Json(ExpertBodies.Valid("Late Writer")), ifMatch: "\"99\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("PUT", "abc")]
    [InlineData("DELETE", "\"0\"")]
    [InlineData("PUT", "\"1\", \"2\"")]
    public async Task A_malformed_if_match_is_a_400_on_If_Match(string method, string ifMatch)
    {
        var response = await Unchanged(() => Send(method, $"/api/hubs/{Hub}/experts/{Active}", Json(ExpertBodies.Valid("Odd Header")), ifMatch));
        await AssertValidationProblem(response, "If-Match");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/experts",
            new StringContent(Json(ExpertBodies.Valid()), Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json; charset=klingon")]
    [InlineData("application/json; charset=\"\"")]
    public async Task Json_in_a_charset_that_cannot_be_decoded_is_a_415_problem_not_a_500(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Json(ExpertBodies.Valid())));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Unchanged(() => node.Client.PostAsync($"/api/hubs/{Hub}/experts", content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> Unchanged(Func<Task<HttpResponseMessage>> request)
    {
        var experts = await StoreFile.ExpertCountAsync(node.DatabasePath);
        var outbox = await StoreFile.OutboxCountAsync(node.DatabasePath);
        var response = await request();
        Assert.Equal(experts, await StoreFile.ExpertCountAsync(node.DatabasePath));
        Assert.Equal(outbox, await StoreFile.OutboxCountAsync(node.DatabasePath));
        return response;
    }

    private Task<HttpResponseMessage> Send(string method, string path, string body, string? ifMatch = null)
    {
        path = path.Replace(Active, node.Active.Id.ToString(), StringComparison.Ordinal).Replace(Retired, node.Retired.Id.ToString(), StringComparison.Ordinal);
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

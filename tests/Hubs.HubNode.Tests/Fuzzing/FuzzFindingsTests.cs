using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Fuzzing;

/// <summary>What the request fuzzing found, each kept as a plain regression test.</summary>
public sealed class FuzzFindingsTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private HubNodeFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = HubNodeFactory.ForTestHub(_database.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_unknown_openapi_document_is_a_problem_404_not_plain_text()
    {
        using var client = _factory.CreateAnonymousClient();

        using var response = await client.GetAsync("/openapi/x.json");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("image/png;q=0.5")]
    public async Task A_refusal_is_a_problem_even_to_a_client_that_accepts_no_json(string accept)
    {
        using var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(accept);

        using var unauthenticated = await client.GetAsync($"/api/hubs/{TestHub.Id}/bookings");
        using var notFound = await client.GetAsync($"/api/hubs/{TestHub.Id}/no-such-thing");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        using var badToken = await client.GetAsync($"/api/hubs/{TestHub.Id}/experts");

        await AssertProblemAsync(unauthenticated, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(notFound, HttpStatusCode.NotFound);
        await AssertProblemAsync(badToken, HttpStatusCode.Unauthorized);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}

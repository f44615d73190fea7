using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Endorsements;

/// <summary>One endorsement per hub and practice: the first is 201, a repeat is 200 with the same endorsement.</summary>
public sealed class EndorsementTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _author = Make.HubId();
    private readonly string _endorser = Make.HubId();
    private readonly Guid _practice = Guid.CreateVersion7();

    private string Endorsements => $"/api/practices/{_author}/{_practice}/endorsements";

    private async Task ArrangeAsync()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_author, 1));
        await app.PublishAndConsumeAsync(Make.Announced(_endorser, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_author, _practice, 1));
    }

    [Fact]
    public async Task Endorsing_twice_is_idempotent()
    {
        await ArrangeAsync();

        var first = await app.Client.PostAsync(Endorsements, Json.Body(new { hubId = _endorser }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"{Endorsements}/{_endorser}", first.Headers.Location!.OriginalString);
        var endorsement = await Json.ReadAsync(first);
        Assert.Equal(["practiceHubId", "practiceId", "hubId", "endorsedAt"], endorsement.EnumerateObject().Select(p => p.Name));

        var second = await app.Client.PostAsync(Endorsements, Json.Body(new { hubId = _endorser }));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(endorsement.GetProperty("endorsedAt").GetDateTimeOffset(), (await Json.ReadAsync(second)).GetProperty("endorsedAt").GetDateTimeOffset());

        Assert.Single((await app.Client.GetFromJsonAsync<JsonElement>(Endorsements)).EnumerateArray());
        Assert.Equal(_endorser, (await app.Client.GetFromJsonAsync<JsonElement>($"{Endorsements}/{_endorser}")).GetProperty("hubId").GetString());
        Assert.Equal(1, (await app.Client.GetFromJsonAsync<JsonElement>($"/api/practices/{_author}/{_practice}")).GetProperty("endorsements").GetInt64());
        await Json.AssertProblem(await app.Client.GetAsync($"{Endorsements}/{_author}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Concurrent_endorsements_by_one_hub_store_one()
    {
        await ArrangeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => app.Client.PostAsync(Endorsements, Json.Body(new { hubId = _endorser }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single((await app.Client.GetFromJsonAsync<JsonElement>(Endorsements)).EnumerateArray());
    }

    [Theory]
    [InlineData("""{}""", "hubId")]
    [InlineData("""{"hubId": "Not A Hub"}""", "hubId")]
    [InlineData("""{"hubId": "unknown-hub-xyz"}""", "hubId")]
    [InlineData("""{"hubId": "{author}"}""", "hubId")]
    [InlineData("""{"hubId": ["a"]}""", "hubId")]
    [InlineData("""{"hubId": """, "hubId")] // cut inside a value: the error points at it
    [InlineData("null", "body")]
    public async Task A_bad_endorsement_is_a_400_naming_the_field(string body, string field)
    {
        await ArrangeAsync();
        await Json.AssertProblem(await app.Client.PostAsync(Endorsements, Json.Raw(body.Replace("{author}", _author, StringComparison.Ordinal))),
            HttpStatusCode.BadRequest, field);
        Assert.Empty((await app.Client.GetFromJsonAsync<JsonElement>(Endorsements)).EnumerateArray());
    }

    [Fact]
    public async Task A_withdrawn_practice_cannot_be_endorsed()
    {
        await ArrangeAsync();
        await app.PublishAndConsumeAsync(PracticeEvents.Withdrawn(_author, _practice, 2));

        await Json.AssertProblem(await app.Client.PostAsync(Endorsements, Json.Body(new { hubId = _endorser })), HttpStatusCode.NotFound);
    }
}

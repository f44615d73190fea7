using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.Exchange.Tests.Infrastructure;
using Hubs.Testing.RequestFuzzing;
using Xunit.Abstractions;

namespace Hubs.Exchange.Tests.Fuzzing;

/// <summary>
/// Generated requests against every exchange endpoint (read from its own endpoint list): never a 5xx, every 4xx a
/// problem, and afterwards the store is sound and the seeded practices, adoptions and endorsements unchanged unless a
/// valid request changed them. Replay a run with <c>HUBS_FUZZ_SEED=&lt;seed from the FUZZ line&gt; dotnet test
/// tests/Hubs.Exchange.Tests -c Release --filter RequestFuzz</c>.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RequestFuzzTests(ITestOutputHelper output)
{
    private const int RequestsPerRun = 2_500;
    private static readonly string[] Hubs = ["lomazzo", "ivrea", "caserta"];
    private static readonly string[] Tables = ["hubs", "hub_memberships", "practices", "practice_versions", "adoptions", "endorsements"];

    [Fact]
    public async Task Generated_requests_never_get_a_server_error_and_leave_the_store_consistent()
    {
        using var app = new ExchangeApp();
        var (practices, adoption) = await SeedAsync(app);
        var endpoints = EndpointCatalog.Read(app.Services);
        var run = new FuzzRun(Target(practices, adoption), endpoints);
        Assert.Empty(run.SeedsForNoEndpoint);

        var before = await StoreSnapshot.TakeAsync(app.DatabasePath, Tables);
        using var client = app.Server.CreateClient();
        await run.RunAsync(client, FuzzRun.Count(RequestsPerRun));
        var after = await StoreSnapshot.TakeAsync(app.DatabasePath, Tables);

        output.WriteLine(run.Summary());
        Console.WriteLine(run.Summary());
        Assert.True(run.Failures.Count == 0, run.Report());
        Assert.All(endpoints, e => Assert.True(run.PerEndpoint.GetValueOrDefault(e.Key) > 0, $"{e.Key} was never fuzzed"));

        Assert.Equal("ok", await StoreSnapshot.IntegrityAsync(app.DatabasePath));
        Assert.Empty(before.UnexplainedChanges(after, run.Touched));
        Assert.Equal(before.Count("practices"), after.Count("practices"));
        Assert.Equal(before.Count("practice_versions"), after.Count("practice_versions"));
        Assert.Equal(before.Count("adoptions") + run.Writes.GetValueOrDefault("POST /api/practices/{hubId}/{practiceId:guid}/adoptions"), after.Count("adoptions"));

        // Whatever got in refers to a practice the exchange holds, a version of it that exists, and a hub it knows.
        Assert.Equal(0, await StoreSnapshot.ScalarAsync(app.DatabasePath, """
            SELECT COUNT(*) FROM adoptions a
            WHERE NOT EXISTS (SELECT 1 FROM practices p WHERE p.hub_id = a.hub_id AND p.practice_id = a.practice_id AND a.practice_version BETWEEN 1 AND p.version)
               OR NOT EXISTS (SELECT 1 FROM hubs h WHERE h.hub_id = a.adopting_hub_id)
            """));
        Assert.Equal(0, await StoreSnapshot.ScalarAsync(app.DatabasePath, """
            SELECT COUNT(*) FROM endorsements e
            WHERE NOT EXISTS (SELECT 1 FROM practices p WHERE p.hub_id = e.hub_id AND p.practice_id = e.practice_id)
               OR NOT EXISTS (SELECT 1 FROM hubs h WHERE h.hub_id = e.endorsing_hub_id)
            """));
    }

    private static async Task<((string Hub, Guid Id)[] Practices, Guid Adoption)> SeedAsync(ExchangeApp app)
    {
        foreach (var hub in Hubs)
        {
            await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
        }

        (string Hub, Guid Id)[] practices = [("ivrea", Guid.CreateVersion7()), ("ivrea", Guid.CreateVersion7()), ("caserta", Guid.CreateVersion7())];
        foreach (var (hub, id) in practices)
        {
            await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, id, 1));
            await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, id, 2));
        }

        using var adopted = await app.Client.PostAsJsonAsync($"/api/practices/ivrea/{practices[0].Id}/adoptions", new { adoptingHubId = "lomazzo", note = "Tried it with four shops." });
        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        using var endorsed = await app.Client.PostAsJsonAsync($"/api/practices/caserta/{practices[2].Id}/endorsements", new { hubId = "lomazzo" });
        Assert.Equal(HttpStatusCode.Created, endorsed.StatusCode);
        return (practices, (await adopted.Content.ReadFromJsonAsync<JsonObject>())!["adoptionId"]!.GetValue<Guid>());
    }

    private static FuzzTarget Target((string Hub, Guid Id)[] practices, Guid adoption) => new()
    {
        Service = "exchange",
        HubId = "lomazzo",
        OtherHubId = "ivrea",
        Known = (endpoint, name) => name switch
        {
            "hubId" or "endorsingHubId" or "hub" or "author" => Hubs,
            "practiceId" => [.. practices.Select(p => p.Id.ToString())],
            "adoptionId" => [adoption.ToString()],
            "version" => ["1", "2", "3"],
            "topic" or "topics" => ["ecommerce", "cybersecurity"],
            "language" or "lang" => ["it", "en"],
            "from" or "to" => ["2026-03-01", "2026-12-31"],
            _ => [],
        },
        Bodies = new Dictionary<string, Func<int, JsonNode>>
        {
            ["POST /api/practices/{hubId}/{practiceId:guid}/adoptions"] = v => new JsonObject { ["adoptingHubId"] = v % 5 == 0 ? "ivrea" : "lomazzo", ["note"] = $"Adopted with {v % 9} shops." },
            ["POST /api/practices/{hubId}/{practiceId:guid}/endorsements"] = v => new JsonObject { ["hubId"] = v % 5 == 0 ? "caserta" : "lomazzo" },
            ["POST /api/practices/preview"] = v => new JsonObject { ["bodyMarkdown"] = v % 3 == 0 ? "<script>alert(1)</script> [x](javascript:alert(1))" : $"## Step {v}\n\n*Shops*: {v % 9}." },
        },
    };
}

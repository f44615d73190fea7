using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Tests.Infrastructure;
using Hubs.Testing.RequestFuzzing;
using Xunit.Abstractions;

namespace Hubs.Directory.Tests.Fuzzing;

/// <summary>
/// Generated requests against every directory endpoint (read from its own endpoint list): never a 5xx, every 4xx a
/// problem, and afterwards the projection is sound, the seeded hubs, experts and referrals unchanged unless a valid
/// request changed them, and no business's data stored. Replay a run with <c>HUBS_FUZZ_SEED=&lt;seed from the FUZZ
/// line&gt; dotnet test tests/Hubs.Directory.Tests -c Release --filter RequestFuzz</c>.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RequestFuzzTests(ITestOutputHelper output)
{
    private const int RequestsPerRun = 2_500;
    private const string Marker = "Zqx-Directory-Marker";
    private static readonly string[] Hubs = ["lomazzo", "ivrea", "caserta"];
    private static readonly string[] Tables = ["hubs", "experts", "expert_availability", "consultations", "referrals", "warm_referrals"];

    [Fact]
    public async Task Generated_requests_never_get_a_server_error_and_leave_the_projection_consistent()
    {
        using var app = new DirectoryApp();
        app.Settings["Logging:LogLevel:Default"] = "Error";
        var (experts, referrals) = await SeedAsync(app);
        var endpoints = EndpointCatalog.Read(app.Services);
        var run = new FuzzRun(Target(experts, [.. referrals.Select(r => r.ToString())]), endpoints);
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
        Assert.Equal(before.Count("hubs"), after.Count("hubs"));
        Assert.Equal(before.Count("experts"), after.Count("experts"));
        Assert.Equal(before.Count("referrals") + run.Writes.GetValueOrDefault("POST /api/directory/referrals/"), after.Count("referrals"));
        foreach (var table in Tables)
        {
            var rows = await StoreSnapshot.RowsAsync(app.DatabasePath, $"SELECT * FROM \"{table}\"");
            Assert.DoesNotContain(rows, row => row.Any(value => value.Contains(Marker, StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static async Task<(Guid[] Experts, Guid[] Referrals)> SeedAsync(DirectoryApp app)
    {
        string[] provinces = ["CO", "TO", "CE"];
        var experts = new List<Guid>();
        for (var i = 0; i < Hubs.Length; i++)
        {
            await app.PublishAndConsumeAsync(Make.Announced(Hubs[i], 1, provinceCode: provinces[i]));
            await app.PublishAndConsumeAsync(Make.Heartbeat(Hubs[i], 1, DateTimeOffset.UtcNow));
            for (var j = 0; j < 2; j++)
            {
                var expert = Guid.NewGuid();
                experts.Add(expert);
                await app.PublishAndConsumeAsync(Make.Published(Hubs[i], expert, 1, competencies: [Topics.Cybersecurity.Code, Topics.Ecommerce.Code]));
                await app.PublishAndConsumeAsync(Make.Availability(Hubs[i], expert, 2, DateTimeOffset.UtcNow.AddDays(2 + j)));
            }

            await app.PublishAndConsumeAsync(Make.Booked(Hubs[i], Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-3)));
        }

        var referrals = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await app.Client.PostAsJsonAsync("/api/directory/referrals/", Referral(i));
            referrals.Add((await response.Content.ReadFromJsonAsync<JsonObject>())!["referralId"]!.GetValue<Guid>());
        }

        using var accepted = await app.Client.PostAsJsonAsync($"/api/directory/referrals/{referrals[0]}/accept", Acceptance(0));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        return ([.. experts], [.. referrals]);
    }

    private static JsonObject Referral(int variant) => new()
    {
        ["provinceCode"] = new[] { "CO", "TO", "NA", "MI" }[variant % 4],
        ["topics"] = new JsonArray(new[] { "cybersecurity", "ecommerce", "energy" }[variant % 3]),
        ["language"] = variant % 2 == 0 ? "it" : "en",
        ["urgency"] = variant % 3 == 0 ? "urgent" : "normal",
    };

    private static JsonNode Acceptance(int variant) => JsonSerializer.SerializeToNode(new
    {
        hubId = Hubs[variant % Hubs.Length],
        consent = true,
        consentVersion = "referral-2026-01",
        intake = new
        {
            companyName = $"{Marker} S.r.l.",
            vatNumber = "07643520567",
            atecoSection = "C",
            sizeClass = "small",
            provinceCode = "CO",
            topics = new[] { "cybersecurity" },
            need = $"{Marker}: protect our online shop.",
            email = $"{Marker.ToLowerInvariant()}-{variant}@example.it",
        },
    })!;

    // Referrals the fuzz creates join the known ones, so acceptances reach fresh referrals too.
    private static FuzzTarget Target(Guid[] experts, List<string> referrals) => new()
    {
        Service = "directory",
        Created = (endpoint, created) =>
        {
            if (created.ValueKind == JsonValueKind.Object && created.TryGetProperty("referralId", out var id) && id.ValueKind == JsonValueKind.String)
            {
                referrals.Add(id.GetString()!);
            }
        },
        HubId = Hubs[0],
        OtherHubId = Hubs[1],
        Known = (endpoint, name) => name switch
        {
            "id" or "hub" or "hubId" => Hubs,
            "referralId" => referrals,
            "expert" or "expertId" => [.. experts.Select(e => e.ToString())],
            "topic" or "topics" => ["cybersecurity", "ecommerce", "energy", "grants"],
            "language" => ["it", "en"],
            "province" or "provinceCode" => ["CO", "TO", "CE", "MI"],
            "region" => ["lombardia", "piemonte", "campania"],
            "from" or "to" => ["2026-03-01", "2026-11-30", "2027-01-31"],
            _ => [],
        },
        Bodies = new Dictionary<string, Func<int, JsonNode>>
        {
            ["POST /api/directory/referrals/"] = v => Referral(v),
            ["POST /api/directory/referrals/{referralId:guid}/accept"] = Acceptance,
            ["POST /api/directory/resync"] = v => new JsonObject { ["hubId"] = Hubs[v % Hubs.Length] },
        },
    };
}

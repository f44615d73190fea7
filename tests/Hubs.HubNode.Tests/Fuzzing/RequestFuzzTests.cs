using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Practices;
using Hubs.HubNode.Tests.Support;
using Hubs.ServiceDefaults.Outbox;
using Hubs.Testing.RequestFuzzing;
using Xunit.Abstractions;

namespace Hubs.HubNode.Tests.Fuzzing;

/// <summary>
/// Generated requests against every endpoint of a hub node (read from its own endpoint list): never a 5xx, every 4xx a
/// problem, and afterwards the store is sound and the seeded data unchanged unless a valid request changed it. The
/// seed is printed in the FUZZ line; replay with <c>HUBS_FUZZ_SEED=&lt;seed&gt; dotnet test tests/Hubs.HubNode.Tests
/// -c Release --filter RequestFuzz</c>.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class RequestFuzzTests(ITestOutputHelper output)
{
    private const int RequestsPerRun = 5_000;
    // Thousands of refused requests would otherwise flood the test output with the framework's own logs.
    private static readonly Dictionary<string, string?> Quiet = new() { ["Logging:LogLevel:Default"] = "Error" };
    private static readonly string[] Tables = ["experts", "expert_availability", "bookings", "cases", "practices"];

    [Fact]
    public async Task Generated_requests_never_get_a_server_error_and_leave_the_store_consistent()
    {
        await using var node = new BookingNode(settings: Quiet);
        var seeded = await SeedAsync(node);
        var endpoints = EndpointCatalog.Read(node.Factory.Services);
        var run = new FuzzRun(Target(seeded), endpoints);

        Assert.Empty(run.SeedsForNoEndpoint);

        var before = await StoreSnapshot.TakeAsync(node.DatabasePath, Tables);
        using var client = node.Factory.CreateAnonymousClient();
        await run.RunAsync(client, FuzzRun.Count(RequestsPerRun));
        var after = await StoreSnapshot.TakeAsync(node.DatabasePath, Tables);

        output.WriteLine(run.Summary());
        Console.WriteLine(run.Summary());
        Assert.True(run.Failures.Count == 0, run.Report());
        Assert.All(endpoints, e => Assert.True(run.PerEndpoint.GetValueOrDefault(e.Key) > 0, $"{e.Key} was never fuzzed"));

        Assert.Equal("ok", await StoreSnapshot.IntegrityAsync(node.DatabasePath));
        // A booking's cancellation, move or outcome also moves its case on.
        foreach (var caseId in await StoreSnapshot.RowsAsync(node.DatabasePath, "SELECT id, case_id FROM bookings"))
        {
            if (run.Touched.Contains(caseId[0]))
            {
                run.Touched.Add(caseId[1]);
            }
        }

        Assert.Empty(before.UnexplainedChanges(after, run.Touched));
        Assert.Equal(before.Count("experts") + run.Writes.GetValueOrDefault("POST /api/hubs/{hubId}/experts"), after.Count("experts"));
        Assert.Equal(
            before.Count("bookings") + run.Writes.GetValueOrDefault("POST /api/hubs/{hubId}/bookings") + run.Writes.GetValueOrDefault("POST /api/hubs/{hubId}/referrals/{referralId:guid}/book"),
            after.Count("bookings"));
        await AssertNoOverlappingMeetingsAsync(node.DatabasePath);
        await AssertCellsMatchTheBookingsAsync(node.DatabasePath);
        await AssertOutboxReadableAndWithoutPersonalDataAsync(node.DatabasePath);
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_requests()
    {
        await using var node = new BookingNode();
        var endpoints = EndpointCatalog.Read(node.Factory.Services);
        var target = Target(new Seeded([Guid.NewGuid().ToString()], [Guid.NewGuid().ToString()], ["token"], [Guid.NewGuid().ToString()], [Guid.NewGuid().ToString()]));
        var gen = new RequestGenerator(endpoints, target).Requests;

        static List<string> Draw(CsCheck.Gen<FuzzRequest> gen, string seed)
        {
            var pcg = CsCheck.PCG.Parse(seed);
            return [.. Enumerable.Range(0, 50).Select(i => gen.Generate(pcg, null, out var size).Describe())];
        }

        var seed = new CsCheck.PCG(7, 20_260_302).ToString();
        var first = Draw(gen, seed);
        Assert.Equal(first, Draw(gen, seed));
        Assert.NotEqual(first, Draw(gen, new CsCheck.PCG(8, 20_260_302).ToString()));
    }

    /// <summary>Ids of what exists, seeded first and joined by what generated requests create.</summary>
    private sealed record Seeded(List<string> Experts, List<string> Bookings, List<string> Tokens, List<string> Cases, List<string> Practices)
    {
        public void Add(FuzzEndpoint endpoint, JsonElement created)
        {
            var id = created.TryGetProperty("id", out var value) ? value.GetString()! : null;
            if (id is null || endpoint.Method != "POST")
            {
                return;
            }

            var list = endpoint.Pattern switch
            {
                var p when p.EndsWith("/experts", StringComparison.Ordinal) => Experts,
                var p when p.EndsWith("/practices", StringComparison.Ordinal) => Practices,
                var p when p.EndsWith("/bookings", StringComparison.Ordinal) || p.EndsWith("/book", StringComparison.Ordinal) => Bookings,
                _ => null,
            };
            list?.Add(id);
            if (list == Bookings)
            {
                Tokens.Add(created.GetProperty("manageToken").GetString()!);
                Cases.Add(created.GetProperty("caseId").GetString()!);
            }
        }
    }

    private static async Task<Seeded> SeedAsync(BookingNode node)
    {
        Guid[] experts = [await node.ExpertAsync("Anna Verdi"), await node.ExpertAsync("Bruno Neri"), await node.ExpertAsync("Carla Gialli")];
        var bookings = new List<CreatedView>();
        int[] weekdays = [4, 5, 6, 9];
        for (var i = 0; i < weekdays.Length; i++)
        {
            bookings.Add(await node.BookOkAsync(BookingBodies.Valid(experts[i % 3], BookingNode.March(weekdays[i], 10))));
        }

        var practices = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var response = await node.Staff.PostAsync(BookingNode.Path("practices"), System.Net.Http.Json.JsonContent.Create(PracticeBodies.Valid($"Practice {i}")));
            practices.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        }

        return new Seeded(
            [.. experts.Select(e => e.ToString())],
            [.. bookings.Select(b => b.Id.ToString())],
            [.. bookings.Select(b => b.ManageToken)],
            [.. bookings.Select(b => b.CaseId.ToString())],
            [.. practices.Select(p => p.ToString())]);
    }

    private static FuzzTarget Target(Seeded seeded)
    {
        JsonNode Node(object body) => JsonSerializer.SerializeToNode(body)!;
        var start = (int v) => BookingBodies.Start(BookingNode.March(3 + (v % 24), 8 + (v / 24 % 10), v / 240 % 4 * 15));
        var prefix = "/api/hubs/{hubId}";
        return new FuzzTarget
        {
            Service = "hub-node",
            Created = seeded.Add,
            BodyFieldsThatTouch = ["caseId"],
            HubId = TestHub.Id,
            OtherHubId = "lomazzo",
            Known = (endpoint, name) => name switch
            {
                "hubId" => [TestHub.Id],
                "id" when endpoint.Pattern.Contains("/experts/", StringComparison.Ordinal) => seeded.Experts,
                "id" when endpoint.Pattern.Contains("/bookings/", StringComparison.Ordinal) => seeded.Bookings,
                "id" when endpoint.Pattern.Contains("/practices/", StringComparison.Ordinal) => seeded.Practices,
                "caseId" => seeded.Cases,
                "expert" or "expertId" => seeded.Experts,
                "X-Manage-Token" or "token" => seeded.Tokens,
                "topic" => ["ecommerce", "cybersecurity", "grants"],
                "kind" => ["brainstorming", "followup"],
                "tz" => ["Europe/Rome", "UTC", "America/New_York"],
                "from" or "to" or "day" => ["2026-03-04", "2026-03-10", "2026-03-30"],
                "status" => ["booked", "cancelled", "held"],
                _ => [],
            },
            Bodies = new Dictionary<string, Func<int, JsonNode>>
            {
                [$"POST {prefix}/experts"] = v => Node(ExpertBodies.Valid($"Fuzz Expert {v}")),
                [$"PUT {prefix}/experts/{{id:guid}}"] = v => Node(ExpertBodies.Valid($"Renamed {v}")),
                [$"PUT {prefix}/experts/{{id:guid}}/availability"] = _ => Node(AvailabilityBodies.Valid()),
                [$"POST {prefix}/bookings"] = v => Node(BookingBodies.Valid(Guid.Parse(seeded.Experts[v % seeded.Experts.Count]), BookingNode.March(3 + (v % 24), 8 + (v / 24 % 10), v / 240 % 4 * 15))),
                [$"POST {prefix}/bookings/{{id:guid}}/reschedule"] = v => new JsonObject { ["start"] = start(v) },
                [$"POST {prefix}/bookings/{{id:guid}}/outcome"] = _ => new JsonObject { ["attendance"] = "held", ["category"] = "follow-up-recommended", ["notes"] = "ok" },
                [$"POST {prefix}/practices"] = v => Node(PracticeBodies.Valid($"Fuzz practice {v}")),
                [$"PUT {prefix}/practices/{{id:guid}}"] = v => Node(PracticeBodies.Valid($"Revised practice {v}")),
                [$"POST {prefix}/referrals/{{referralId:guid}}/book"] = v => new JsonObject { ["expertId"] = seeded.Experts[v % seeded.Experts.Count], ["start"] = start(v) },
                [$"POST {prefix}/referrals/{{referralId:guid}}/decline"] = v => new JsonObject { ["reason"] = $"No expert free, try {v % 7} weeks from now." },
            },
        };
    }

    // Meetings still on (booked) never overlap for one expert, whatever got in.
    private static async Task AssertNoOverlappingMeetingsAsync(string path)
    {
        var meetings = (await StoreSnapshot.RowsAsync(path, "SELECT expert_id, start_at, end_at FROM bookings WHERE status = 'booked'"))
            .Select(r => (Expert: r[0], Start: DateTimeOffset.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), End: DateTimeOffset.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)))
            .GroupBy(m => m.Expert);
        foreach (var expert in meetings)
        {
            var ordered = expert.OrderBy(m => m.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].Start >= ordered[i - 1].End, $"{ordered[i - 1]} and {ordered[i]} overlap");
            }
        }
    }

    // Decision 0006: a booking on the calendar holds its minutes as cells; a cancelled or unknown one holds none.
    private static async Task AssertCellsMatchTheBookingsAsync(string path)
    {
        Assert.Equal(0, await StoreSnapshot.ScalarAsync(path, """
            SELECT COUNT(*) FROM booking_cells c LEFT JOIN bookings b ON b.id = c.booking_id
            WHERE b.id IS NULL OR b.status = 'cancelled' OR c.expert_id <> b.expert_id
            """));
        Assert.Equal(0, await StoreSnapshot.ScalarAsync(path, """
            SELECT COUNT(*) FROM bookings b
            WHERE b.status = 'booked'
              AND (SELECT COUNT(*) FROM booking_cells c WHERE c.booking_id = b.id) < CASE b.kind WHEN 'brainstorming' THEN 45 ELSE 60 END
            """));
    }

    // Every outbox row names a contract and its payload reads back as one, about this hub, with no business's data in it.
    private static async Task AssertOutboxReadableAndWithoutPersonalDataAsync(string path)
    {
        var rows = await StoreFile.OutboxAsync(path);
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var type = OutboxMessageTypes.Find(row.MessageType);
            Assert.True(type is not null, $"outbox row {row.Seq} names no contract: {row.MessageType}");
            var message = JsonSerializer.Deserialize(row.Payload, type, JsonSerializerOptions.Web);
            Assert.NotNull(message);
            if (message is IHubEvent hubEvent)
            {
                Assert.Equal(TestHub.Id, hubEvent.HubId);
            }

            foreach (var marker in new[] { BookingBodies.CompanyMarker, BookingBodies.NeedMarker, BookingBodies.EmailMarker, BookingBodies.VatMarker })
            {
                Assert.DoesNotContain(marker, row.Payload, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}

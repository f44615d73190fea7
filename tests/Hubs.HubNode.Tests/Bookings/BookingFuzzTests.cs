using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

public sealed class BookingFuzzTests
{
    private const int Rounds = 200;

    [Fact]
    public async Task Random_booking_bodies_never_cause_a_500_and_never_double_book()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var random = new Random(20_260_302);
        var failures = new List<string>();
        var accepted = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var body = Mutate(random, expert);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var response = await node.Client.PostAsync(BookingNode.Path("bookings"), content);

            var status = (int)response.StatusCode;
            accepted += status == 201 ? 1 : 0;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status != 201 && !problem) || (status is not (201 or 400 or 404 or 409 or 422)))
            {
                failures.Add($"round {round}: {status} for {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.Empty(failures);
        Assert.InRange(accepted, 1, Rounds - 1);

        // Whatever got in is one event per booking, and no two meetings of the expert overlap (with the 15' buffer).
        Assert.Equal(accepted, (await node.OutboxOfAsync<ConsultationBooked>()).Count);
        await using var connection = new SqliteConnection($"Data Source={node.DatabasePath};Mode=ReadOnly;Pooling=False");
        var meetings = (await connection.QueryAsync<(string Start, string End)>("SELECT start_at, end_at FROM bookings WHERE status = 'booked' ORDER BY start_at"))
            .Select(m => (Start: DateTimeOffset.Parse(m.Start, System.Globalization.CultureInfo.InvariantCulture), End: DateTimeOffset.Parse(m.End, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(accepted, meetings.Count);
        for (var i = 1; i < meetings.Count; i++)
        {
            Assert.True(meetings[i].Start >= meetings[i - 1].End.AddMinutes(15), $"{meetings[i - 1]} and {meetings[i]} overlap");
        }
    }

    private static byte[] Mutate(Random random, Guid expert)
    {
        // A plausible slot: a weekday of the next three weeks, on or off the grid, inside or outside opening hours.
        var start = BookingNode.March(3 + random.Next(21), 7 + random.Next(12), random.Next(4) * 15 + (random.Next(6) == 0 ? 7 : 0));
        var json = JsonSerializer.SerializeToNode(BookingBodies.Valid(expert, start))!.AsObject();
        var intake = json["intake"]!.AsObject();
        string[] top = ["expertId", "start", "kind", "caseId", "intake"];
        string[] inner = ["companyName", "vatNumber", "atecoSection", "sizeClass", "provinceCode", "topics", "need", "email", "consent", "consentVersion"];
        var target = random.Next(2) == 0 ? json : intake;
        var field = target == json ? top[random.Next(top.Length)] : inner[random.Next(inner.Length)];
        switch (random.Next(12))
        {
            case 0:
            case 1:
                break; // valid, maybe a free slot
            case 2:
                var text = json.ToJsonString();
                return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
            case 3:
                target[field] = random.Next(5) switch
                {
                    0 => JsonValue.Create(random.Next()),
                    1 => JsonValue.Create(random.Next(2) == 0),
                    2 => new JsonObject { ["x"] = 1 },
                    3 => new JsonArray(1, 2, 3),
                    _ => JsonValue.Create(random.NextDouble()),
                };
                break;
            case 4:
                target[field] = new string('é', random.Next(1, 100_000));
                break;
            case 5:
                target.Remove(field);
                break;
            case 6:
                var garbage = new byte[random.Next(0, 300)];
                random.NextBytes(garbage);
                return garbage;
            case 7:
                var depth = random.Next(50, 2_000);
                return Encoding.UTF8.GetBytes($"{{\"intake\":{new string('[', depth)}{new string(']', depth)}}}");
            case 8:
                json["start"] = random.Next(4) switch
                {
                    0 => "0001-01-01T00:00:00Z",
                    1 => "9999-12-31T23:59:59Z",
                    2 => "2026-03-05T10:00:00+14:00",
                    _ => "2026-13-45T25:61:00Z",
                };
                break;
            case 9:
                json["kind"] = "followup";
                json["caseId"] = random.Next(2) == 0 ? Guid.NewGuid().ToString() : "case";
                break;
            case 10:
                intake["topics"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 5_000)).Select(i => (JsonNode?)JsonValue.Create(i % 2 == 0 ? "ecommerce" : "x"))]);
                break;
            default:
                var chars = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0xD7FF)).ToArray();
                target[field] = new string(chars);
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}

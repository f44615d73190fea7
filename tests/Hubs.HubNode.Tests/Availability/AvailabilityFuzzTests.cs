using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Availability;

public sealed class AvailabilityFuzzTests
{
    private const int Rounds = 200;

    private static readonly string[] Fields =
        ["timeZone", "weekly", "exceptions", "extraOpenings", "bufferMinutes", "minimumNoticeHours", "horizonDays", "stepMinutes"];

    [Fact]
    public async Task Mutated_availability_bodies_never_cause_a_500_and_every_error_is_a_problem()
    {
        await using var node = new ClockedNode(Instant.FromUtc(2026, 3, 1, 8, 0));
        var expert = await node.CreateExpertAsync();
        var random = new Random(20_260_329);
        var failures = new List<string>();
        var accepted = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var body = Mutate(random);
            var target = random.Next(6) == 0 ? Guid.CreateVersion7() : expert.Id;
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var response = await node.Client.PutAsync(ClockedNode.Path($"experts/{target}/availability"), content);

            var status = (int)response.StatusCode;
            accepted += status is >= 200 and < 300 ? 1 : 0;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || status < 200 || (status >= 300 && !problem))
            {
                failures.Add($"round {round}: {status} for {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)]}");
            }
        }

        Assert.Empty(failures);
        Assert.InRange(accepted, 1, Rounds - 1);

        // Whatever got in still reads back and still lists slots.
        var stored = await node.Client.GetFromJsonAsync<AvailabilityResponse>(ClockedNode.Path($"experts/{expert.Id}/availability"));
        Assert.InRange(stored!.HorizonDays, 1, AvailabilityValidation.MaxHorizonDays);
        await node.SlotsAsync("");
    }

    private static byte[] Mutate(Random random)
    {
        var json = JsonSerializer.SerializeToNode(Valid())!.AsObject();
        var field = Fields[random.Next(Fields.Length)];
        switch (random.Next(12))
        {
            case 0:
                break;
            case 1:
                var text = json.ToJsonString();
                return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
            case 2:
                json[field] = random.Next(6) switch
                {
                    0 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
                    1 => JsonValue.Create(random.Next(2) == 0),
                    2 => new JsonObject { ["x"] = 1 },
                    3 => new JsonArray(1, "two", null),
                    4 => JsonValue.Create(random.NextDouble() * 1e12),
                    _ => null,
                };
                break;
            case 3:
                json[field] = new string('9', random.Next(1, 100_000));
                break;
            case 4:
                // One entry with random pieces: plausible and implausible times, dates and days.
                var entry = new JsonObject
                {
                    ["day"] = Pick(random, ["monday", "Sunday", "lunedì", "", "7", "mon"]),
                    ["date"] = RandomDate(random),
                    ["from"] = RandomDate(random),
                    ["to"] = random.Next(2) == 0 ? null : RandomDate(random),
                    ["start"] = RandomTime(random),
                    ["end"] = RandomTime(random),
                };
                string[] lists = ["weekly", "exceptions", "extraOpenings"];
                json[lists[random.Next(lists.Length)]] = new JsonArray(entry);
                break;
            case 5:
                json["timeZone"] = Pick(random, ["Europe/Rome", "America/New_York", "UTC", "Etc/GMT+12", "Pacific/Kiritimati", "Australia/Lord_Howe", "europe/rome", "../../etc/passwd", "Z", ""]);
                json["stepMinutes"] = Pick(random, [5, 10, 15, 20, 30, 60, 7, -15, 0]);
                json["horizonDays"] = random.Next(-5, 400);
                json["minimumNoticeHours"] = random.Next(-5, 800);
                json["bufferMinutes"] = random.Next(-5, 300);
                break;
            case 6:
                var garbage = new byte[random.Next(0, 300)];
                random.NextBytes(garbage);
                return garbage;
            case 7:
                var depth = random.Next(50, 2_000);
                return Encoding.UTF8.GetBytes($"{{\"weekly\":{new string('[', depth)}{new string(']', depth)}}}");
            case 8:
                // Many entries: over the limits, or many overlapping ones.
                var count = random.Next(1, 1_000);
                json["weekly"] = new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject
                {
                    ["day"] = Pick(random, ["monday", "tuesday", "sunday"]),
                    ["start"] = RandomTime(random),
                    ["end"] = RandomTime(random),
                })]);
                break;
            case 9:
                json["exceptions"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 500)).Select(_ => (JsonNode?)new JsonObject
                {
                    ["from"] = RandomDate(random),
                    ["to"] = RandomDate(random),
                })]);
                break;
            case 10:
                return Encoding.UTF8.GetBytes(json.ToJsonString().TrimEnd('}') + ",\"bufferMinutes\":1,\"bufferMinutes\":null}");
            default:
                var chars = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
                json[field] = new string(chars);
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static Dictionary<string, object?> Valid() => new()
    {
        ["weekly"] = new[] { AvailabilityBodies.Weekly("monday", "09:00", "12:30"), AvailabilityBodies.Weekly("sunday", "01:00", "04:00") },
        ["exceptions"] = new[] { new { from = "2026-03-10", to = "2026-03-12" } },
        ["extraOpenings"] = new[] { new { date = "2026-03-29", start = "02:00", end = "03:00" } },
        ["bufferMinutes"] = 15,
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static string RandomTime(Random random) => random.Next(5) switch
    {
        0 => $"{random.Next(0, 25):00}:{random.Next(0, 60):00}",
        1 => "24:00",
        2 => $"{random.Next(-3, 100)}:{random.Next(-3, 100)}",
        3 => Pick(random, ["", "noon", "9", "09:00:00", "09:00Z", "٠٩:٠٠"]),
        _ => $"{random.Next(0, 24):00}:{Pick(random, new[] { 0, 15, 30, 45 }):00}",
    };

    private static string RandomDate(Random random) => random.Next(4) switch
    {
        0 => $"{random.Next(1, 10_000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}",
        1 => $"2026-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
        2 => Pick(random, ["", "today", "2026-02-29", "2028-02-29", "0000-01-01", "-001-01-01", "2026-3-1"]),
        _ => $"{Pick(random, new[] { 2026, 2027 })}-{Pick(random, new[] { 3, 10 }):00}-{random.Next(20, 32):00}",
    };
}

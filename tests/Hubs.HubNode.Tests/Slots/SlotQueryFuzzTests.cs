using System.Net;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Slots;

public sealed class SlotQueryFuzzTests
{
    private const int Rounds = 200;

    private static readonly string[] Parameters = ["topic", "expert", "kind", "from", "to", "tz"];

    [Fact]
    public async Task Random_slot_queries_never_cause_a_500_and_every_error_is_a_problem()
    {
        await using var node = new ClockedNode(Instant.FromUtc(2026, 3, 1, 8, 0));
        var expert = await node.CreateExpertAsync();
        await node.PutAvailabilityAsync(expert.Id, new
        {
            weekly = new[] { AvailabilityBodies.Weekly("sunday", "00:00", "24:00"), AvailabilityBodies.Weekly("monday", "09:00", "12:00") },
            horizonDays = 365,
            minimumNoticeHours = 0,
            stepMinutes = 5,
        });
        var random = new Random(20_261_025);
        var failures = new List<string>();
        var answered = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var query = string.Join('&', Parameters.Where(_ => random.Next(2) == 0).Select(p => $"{p}={Uri.EscapeDataString(Value(random, p, expert.Id))}"));
            if (random.Next(10) == 0)
            {
                query += "&" + Parameters[random.Next(Parameters.Length)] + "=" + Uri.EscapeDataString(Value(random, "kind", expert.Id));
            }

            var response = await node.Client.GetAsync(ClockedNode.Path($"slots?{query}"));
            var status = (int)response.StatusCode;
            answered += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status != 200 && !problem))
            {
                failures.Add($"round {round}: {status} for ?{query}");
            }
        }

        Assert.Empty(failures);
        Assert.InRange(answered, 1, Rounds - 1);
    }

    private static string Value(Random random, string parameter, Guid expertId) => random.Next(8) switch
    {
        0 => "",
        1 => new string(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray()),
        2 => new string('x', random.Next(1, 5_000)),
        _ => parameter switch
        {
            "topic" => Pick(random, ["grants", "ecommerce", "energy", "GRANTS", "nope"]),
            "expert" => Pick(random, [expertId.ToString(), Guid.CreateVersion7().ToString(), "not-a-guid", expertId.ToString("N"), "{" + expertId + "}"]),
            "kind" => Pick(random, ["brainstorming", "followup", "Followup", "0", "1", "meeting"]),
            "tz" => Pick(random, ["Europe/Rome", "America/New_York", "UTC", "Etc/GMT-14", "Pacific/Chatham", "Asia/Kathmandu", "Mars/Olympus", "+02:00"]),
            _ => Moment(random),
        },
    };

    private static string Moment(Random random) => random.Next(6) switch
    {
        0 => $"{Pick(random, new[] { 2026, 2027 })}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
        1 => $"2026-{random.Next(1, 13):00}-{random.Next(1, 29):00}T{random.Next(0, 24):00}:{random.Next(0, 60):00}:00{Pick(random, new[] { "Z", "+01:00", "-05:00", "+14:00", "+18:00", "-18:00", "+25:00" })}",
        2 => $"2026-03-29T0{random.Next(0, 4)}:{random.Next(0, 60):00}",
        3 => $"{random.Next(1, 10_000):0000}-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
        4 => Pick(random, ["now", "2026-02-30", "2026-03-29T02:30", "2026-10-25T02:30", "9999-12-31", "0001-01-01T00:00:00Z", "2026-03-29T25:00"]),
        _ => $"{random.Next(-10, 10)}",
    };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}

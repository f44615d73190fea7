using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Referrals;

/// <summary>Random referral bodies never make the directory fail: each is answered 200 or a 400 problem naming known fields.</summary>
public sealed class ReferralFuzzTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private static readonly string[] Fields = ["provinceCode", "topics", "atecoSection", "sizeClass", "language", "urgency", "referrer"];

    private static readonly string[] Strings =
    [
        "", " ", "CO", "co", "NA", "XX", "Como", "cybersecurity", "energy", "astrology", "it", "EN", "xx", "normal", "urgent",
        "soon", "later", "C", "z", "micro", "start-up", "huge", "hub", "bank", "alien", "lomazzo", "Not_A_Hub", "%", "' OR 1=1 --",
        "🙂", "\u0000", "<script>", new string('a', 300), "null",
    ];

    [Fact]
    public async Task Two_hundred_random_bodies_get_200_or_a_400_problem_never_a_500()
    {
        await app.PublishAndConsumeAsync(Make.Announced("lomazzo", 1, name: "ComoNext"));
        await app.PublishAndConsumeAsync(Make.Heartbeat("lomazzo", 1, DateTimeOffset.UtcNow));
        await app.PublishAndConsumeAsync(Make.Published("lomazzo", Guid.NewGuid(), 1, competencies: [Topics.Cybersecurity.Code, Topics.Energy.Code]));
        var random = new Random(20261123);
        var answered = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < 200; i++)
        {
            var body = RandomBody(random);
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await app.Client.PostAsync("/api/directory/referrals", content);

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{body} answered {(int)response.StatusCode}");
            answered[response.StatusCode] = answered.GetValueOrDefault(response.StatusCode) + 1;
            var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.All(answer["errors"]!.AsObject(), e => Assert.True(
                    e.Key == "body" || Fields.Any(f => e.Key == f || e.Key.StartsWith(f + "[", StringComparison.Ordinal) || e.Key.StartsWith(f + ".", StringComparison.Ordinal)),
                    $"{body} named {e.Key}"));
            }
            else
            {
                Assert.NotNull(answer["referralId"]);
                Assert.All(answer["hubs"]!.AsArray(), h => Assert.InRange(h!["score"]!.GetValue<double>(), 0, 1));
            }
        }

        Assert.True(answered.GetValueOrDefault(HttpStatusCode.OK) >= 20, $"only {answered.GetValueOrDefault(HttpStatusCode.OK)} answered 200");
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.BadRequest) >= 20, $"only {answered.GetValueOrDefault(HttpStatusCode.BadRequest)} answered 400");
    }

    private static string RandomBody(Random random)
    {
        switch (random.Next(20))
        {
            case 0:
                return RandomText(random);
            case 1:
                // Valid JSON cut short.
                var whole = Valid(random).ToJsonString();
                return whole[..random.Next(whole.Length)];
            default:
                var body = Valid(random);
                foreach (var field in Fields.Where(_ => random.Next(4) == 0))
                {
                    body[field] = RandomValue(random, depth: 0);
                }

                return body.ToJsonString();
        }
    }

    /// <summary>Mostly requests the directory accepts, so that the fuzz reaches the ranking too.</summary>
    private static JsonObject Valid(Random random)
    {
        var topics = Topics.All.Where(_ => random.Next(3) == 0).Select(t => (JsonNode?)JsonValue.Create(t.Code)).ToArray();
        var body = new JsonObject
        {
            ["provinceCode"] = new[] { "CO", "NA", "mi", "TO", "BA" }[random.Next(5)],
            ["topics"] = new JsonArray(topics.Length > 0 ? topics : [JsonValue.Create("cybersecurity")]),
        };
        if (random.Next(2) == 0)
        {
            body["language"] = new[] { "it", "en", "de" }[random.Next(3)];
        }

        if (random.Next(2) == 0)
        {
            body["urgency"] = new[] { "normal", "soon", "urgent" }[random.Next(3)];
        }

        if (random.Next(3) == 0)
        {
            body["referrer"] = random.Next(2) == 0
                ? new JsonObject { ["kind"] = "hub", ["hubId"] = "lomazzo" }
                : new JsonObject { ["kind"] = "chamber-of-commerce", ["name"] = "Camera di Commercio" };
        }

        return body;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 1 ? 5 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 5)),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => JsonValue.Create(random.NextDouble() * 1e6),
        4 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        5 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))]),
        6 => new JsonObject
        {
            ["kind"] = RandomValue(random, depth + 1),
            ["name"] = RandomValue(random, depth + 1),
            ["hubId"] = RandomValue(random, depth + 1),
        },
        _ => JsonValue.Create(RandomText(random)),
    };

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 120);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(10) switch
            {
                < 6 => (char)random.Next(0x20, 0x7f),
                < 8 => "{}[]\":,"[random.Next(7)],
                _ => (char)random.Next(0xa0, 0xd800),
            });
        }

        return text.ToString();
    }
}

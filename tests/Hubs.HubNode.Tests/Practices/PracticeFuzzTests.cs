using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.Contracts.Practices;
using Hubs.Contracts.Taxonomy;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Practices;

public sealed class PracticeFuzzTests
{
    private const int Rounds = 200;

    private static readonly string[] Fields = ["title", "summary", "bodyMarkdown", "topics", "resultsAchieved", "links", "language", "grantCallReference"];

    [Fact]
    public async Task Mutated_bodies_never_cause_a_500_and_every_error_is_a_problem()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var existing = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/practices", PracticeBodies.Valid())).Content.ReadFromJsonAsync<PracticeResponse>())!;

        var random = new Random(20_260_508);
        var failures = new List<string>();
        var accepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var body = Mutate(random);
            var put = random.Next(3) == 0;
            var path = put
                ? $"/api/hubs/{TestHub.Id}/practices/{(random.Next(4) == 0 ? Guid.CreateVersion7() : existing.Id)}"
                : $"/api/hubs/{TestHub.Id}/practices";
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var response = put ? await client.PutAsync(path, content) : await client.PostAsync(path, content);

            var status = (int)response.StatusCode;
            accepted += status is >= 200 and < 300 ? 1 : 0;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || status < 200 || (status >= 300 && !problem))
            {
                failures.Add($"round {round}: {(put ? "PUT" : "POST")} {status} for {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 200)]}");
            }
        }

        Assert.Empty(failures);

        // Whatever got in is still well-formed and free of contact details.
        var practices = (await client.GetFromJsonAsync<PracticeResponse[]>($"/api/hubs/{TestHub.Id}/practices"))!;
        Assert.All(practices, p =>
        {
            Assert.InRange(p.Title.Length, 1, PracticeLimits.MaxTitleLength);
            Assert.InRange(p.BodyMarkdown.Length, 1, PracticeLimits.MaxBodyLength);
            Assert.All(p.Topics, t => Assert.True(Topics.IsKnown(t)));
            Assert.All(p.Links, l => Assert.True(PracticeLinks.IsAllowed(l)));
            Assert.True(LanguageCodes.IsKnown(p.Language));
            Assert.False(ContactDetails.ContainsEmailAddress(p.Summary + " " + p.BodyMarkdown));
        });
        var outbox = await StoreFile.OutboxAsync(db.Path);
        var creations = outbox.Count(r => r.MessageType == OutboxMessageTypes.NameOf(typeof(PracticePublished))
            && JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64() == 1);
        Assert.Equal(practices.Length, creations);
        Assert.InRange(accepted, 1, Rounds - 1);
    }

    private static byte[] Mutate(Random random)
    {
        var json = JsonSerializer.SerializeToNode(PracticeBodies.Valid())!.AsObject();
        var field = Fields[random.Next(Fields.Length)];
        var isList = field is "topics" or "links";
        switch (random.Next(12))
        {
            case 0:
                break;
            case 1:
                var text = json.ToJsonString();
                return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
            case 2:
                json[field] = random.Next(5) switch
                {
                    0 => JsonValue.Create(random.Next()),
                    1 => JsonValue.Create(random.Next(2) == 0),
                    2 => new JsonObject { ["x"] = 1 },
                    3 => new JsonArray(1, 2, 3),
                    _ => JsonValue.Create(random.NextDouble()),
                };
                break;
            case 3:
                json[field] = isList ? new JsonArray(new string('x', random.Next(1, 100_000))) : new string('é', random.Next(1, 100_000));
                break;
            case 4:
                foreach (var f in Fields.Where(_ => random.Next(2) == 0))
                {
                    json[f] = null;
                }

                json[field] = isList ? new JsonArray(null, null) : null;
                break;
            case 5:
                json["unknown" + random.Next(100)] = "surprise";
                json["version"] = 999;
                json["id"] = Guid.NewGuid().ToString();
                break;
            case 6:
                var garbage = new byte[random.Next(0, 300)];
                random.NextBytes(garbage);
                return garbage;
            case 7:
                var depth = random.Next(50, 2_000);
                return Encoding.UTF8.GetBytes($"{{\"topics\":{new string('[', depth)}{new string(']', depth)}}}");
            case 8:
                return Encoding.UTF8.GetBytes(json.ToJsonString().TrimEnd('}') + ",\"title\":\"Duplicate\",\"title\":null}");
            case 9:
                json[field] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 3_000)).Select(i => (JsonNode?)JsonValue.Create(i % 2 == 0 ? "ecommerce" : "https://x.example.org"))]);
                break;
            case 10:
                string[] nasty = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "anna@example.org", "+39 333 123 4567", "\u0000", "\ud800", "javascript:alert(1)", "https://ok.example.org/"];
                json[field] = isList ? new JsonArray(nasty[random.Next(nasty.Length)]) : $"Text {nasty[random.Next(nasty.Length)]} more";
                break;
            default:
                var chars = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
                json[field] = new string(chars);
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}

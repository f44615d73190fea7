using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.HubNode.Experts;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Experts;

public sealed class ExpertFuzzTests
{
    private const int Rounds = 200;

    [Fact]
    public async Task Mutated_bodies_never_cause_a_500_and_every_error_is_a_problem()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        var client = factory.CreateClient();
        var existing = (await (await client.PostAsJsonAsync($"/api/hubs/{TestHub.Id}/experts", ExpertBodies.Valid())).Content.ReadFromJsonAsync<ExpertResponse>())!;

        var random = new Random(20_260_424);
        var failures = new List<string>();
        var accepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var body = Mutate(random);
            var put = random.Next(3) == 0;
            var path = put
                ? $"/api/hubs/{TestHub.Id}/experts/{(random.Next(4) == 0 ? Guid.CreateVersion7() : existing.Id)}"
                : $"/api/hubs/{TestHub.Id}/experts";
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

        // Whatever got in is still well-formed.
        var experts = await client.GetFromJsonAsync<ExpertResponse[]>($"/api/hubs/{TestHub.Id}/experts");
        Assert.All(experts!, e =>
        {
            Assert.InRange(e.Name.Length, 1, ExpertValidation.MaxNameLength);
            Assert.InRange(e.Bio.Length, 1, ExpertValidation.MaxBioLength);
            Assert.All(e.Competencies, c => Assert.True(Topics.IsKnown(c)));
            Assert.All(e.Languages, l => Assert.True(LanguageCodes.IsKnown(l)));
        });
        var outbox = await StoreFile.OutboxAsync(db.Path);
        var creations = outbox.Count(r => r.MessageType == OutboxMessageTypes.NameOf(typeof(ExpertPublished))
            && JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64() == 1);
        Assert.Equal(experts!.Length, creations);
        Assert.InRange(accepted, 1, Rounds - 1);
    }

    private static byte[] Mutate(Random random)
    {
        var json = JsonSerializer.SerializeToNode(ExpertBodies.Valid())!.AsObject();
        string[] fields = ["name", "title", "bio", "competencies", "languages"];
        var field = fields[random.Next(fields.Length)];
        switch (random.Next(11))
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
                json[field] = field is "competencies" or "languages"
                    ? new JsonArray(new string('x', random.Next(1, 200_000)))
                    : new string('é', random.Next(1, 200_000));
                break;
            case 4:
                foreach (var f in fields.Where(_ => random.Next(2) == 0))
                {
                    json[f] = null;
                }

                json[field] = field is "competencies" or "languages" ? new JsonArray(null, null) : null;
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
                return Encoding.UTF8.GetBytes($"{{\"competencies\":{new string('[', depth)}{new string(']', depth)}}}");
            case 8:
                return Encoding.UTF8.GetBytes(json.ToJsonString().TrimEnd('}') + ",\"name\":\"Duplicate\",\"name\":null}");
            case 9:
                json[field] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 5_000)).Select(i => (JsonNode?)JsonValue.Create(i % 2 == 0 ? "ecommerce" : "it"))]);
                break;
            default:
                var chars = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
                json[field] = new string(chars);
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}

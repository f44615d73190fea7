using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Practices;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Practices;

/// <summary>Random bodies and query strings against the exchange's endpoints: never a 500, every error a problem.</summary>
public sealed class PracticeFuzzTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private const int Rounds = 200;

    [Fact]
    public async Task Mutated_adoption_and_endorsement_bodies_never_cause_a_500()
    {
        var author = Make.HubId();
        var adopter = Make.HubId();
        var practice = Guid.CreateVersion7();
        await app.PublishAndConsumeAsync(Make.Announced(author, 1));
        await app.PublishAndConsumeAsync(Make.Announced(adopter, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(author, practice, 1));

        var random = new Random(20_260_512);
        var failures = new List<string>();
        var accepted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var endorsement = random.Next(2) == 0;
            var body = endorsement ? Mutate(random, new JsonObject { ["hubId"] = adopter }, ["hubId"])
                : Mutate(random, new JsonObject { ["adoptingHubId"] = adopter, ["note"] = "Adattato ai negozi." }, ["adoptingHubId", "note"]);
            var target = random.Next(5) == 0 ? Guid.CreateVersion7() : practice;
            var path = $"/api/practices/{(random.Next(8) == 0 ? "Bad Hub" : author)}/{target}/{(endorsement ? "endorsements" : "adoptions")}";
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new(random.Next(10) == 0 ? "text/plain" : "application/json");

            var response = await app.Client.PostAsync(path, content);
            accepted += response.IsSuccessStatusCode ? 1 : 0;
            Check(response, round, path, body, failures);
        }

        Assert.Empty(failures);
        Assert.InRange(accepted, 1, Rounds - 1);

        // What got in holds no contact details and respects the bounds.
        var adoptions = await Json.ReadAsync(await app.Client.GetAsync($"/api/practices/{author}/{practice}/adoptions"));
        Assert.All(adoptions.EnumerateArray(), a =>
        {
            var note = a.GetProperty("note").GetString()!;
            Assert.InRange(note.Length, 1, PracticeLimits.MaxAdoptionNoteLength);
            Assert.False(ContactDetails.ContainsEmailAddress(note) || ContactDetails.ContainsPhoneNumber(note));
        });
        Assert.InRange(adoptions.GetArrayLength(), 0, 1);
    }

    [Fact]
    public async Task Random_query_strings_never_cause_a_500()
    {
        var random = new Random(20_260_513);
        string[] keys = ["q", "topic", "hub", "language", "page", "pageSize", "from", "to", "x"];
        string[] values = ["", "0", "-1", "1", "100", "101", "2147483648", "abc", "ecommerce", "IT", "it", "%00", "%F0%9F%98%80", "%ZZ", "'", "\"", "<script>", "2026-03-01", "9999-12-31T23:59:59Z", new string('a', 500)];
        var failures = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(0, 5)).Select(_ => $"{keys[random.Next(keys.Length)]}={values[random.Next(values.Length)]}"));
            var path = (random.Next(3) == 0 ? "/api/practices/stats/adoptions?" : "/api/practices?") + query;
            var response = await app.Client.GetAsync(path);
            Check(response, round, path, [], failures);
        }

        Assert.Empty(failures);
    }

    private static void Check(HttpResponseMessage response, int round, string path, byte[] body, List<string> failures)
    {
        var status = (int)response.StatusCode;
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        if (status >= 500 || status < 200 || (status >= 300 && !problem))
        {
            failures.Add($"round {round}: {path} {status} for {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 200)]}");
        }
    }

    private static byte[] Mutate(Random random, JsonObject json, string[] fields)
    {
        var field = fields[random.Next(fields.Length)];
        switch (random.Next(10))
        {
            case 0:
                break;
            case 1:
                var text = json.ToJsonString();
                return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
            case 2:
                json[field] = random.Next(4) switch
                {
                    0 => JsonValue.Create(random.Next()),
                    1 => JsonValue.Create(random.Next(2) == 0),
                    2 => new JsonObject { ["x"] = 1 },
                    _ => new JsonArray(1, 2, 3),
                };
                break;
            case 3:
                json[field] = new string('é', random.Next(1, 100_000));
                break;
            case 4:
                json[field] = null;
                break;
            case 5:
                var garbage = new byte[random.Next(0, 300)];
                random.NextBytes(garbage);
                return garbage;
            case 6:
                var depth = random.Next(50, 2_000);
                return Encoding.UTF8.GetBytes($"{{\"{field}\":{new string('[', depth)}{new string(']', depth)}}}");
            case 7:
                string[] nasty = ["<script>alert(1)</script>", "anna@example.org", "+39 333 123 4567", "\u0000", "lomazzo", "Not A Hub", "x"];
                json[field] = nasty[random.Next(nasty.Length)];
                break;
            case 8:
                json["unknown"] = "surprise";
                break;
            default:
                var chars = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
                json[field] = new string(chars);
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}

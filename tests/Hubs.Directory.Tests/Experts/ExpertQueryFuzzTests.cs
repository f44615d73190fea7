using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Experts;

/// <summary>Random query strings never make the expert search fail: each is answered 200 or a 400 problem.</summary>
public sealed class ExpertQueryFuzzTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    private static readonly string[] Fields = ["topic", "hub", "q", "page", "pageSize", "language", "region", "province", "freeWithinDays"];
    private static readonly Dictionary<string, string[]> Valid = new()
    {
        ["topic"] = ["", "energy", "cybersecurity", "grants", "ai-data"],
        ["hub"] = ["", "lomazzo", "ivrea", "caserta", "no-such-hub"],
        ["q"] = ["", "nicolo", "Nicolò", "SICUREZZA", "fuzz", "a b c", "%", "_", "' OR 1=1 --"],
        ["page"] = ["", "1", "2", "3", "1000000"],
        ["pageSize"] = ["", "1", "5", "20", "100"],
        ["language"] = ["", "it", "en", "IT", "de"],
        ["region"] = ["", "Lombardia", "lombardia", "Emilia Romagna", "Valle d'Aosta", "SÜDTIROL"],
        ["province"] = ["", "CO", "co", "NA", "TO"],
        ["freeWithinDays"] = ["", "0", "7", "30", "365"],
    };

    private static readonly string[] Samples =
    [
        "", " ", "energy", "cybersecurity", "ENERGY", "lomazzo", "ivrea", "Lomazzo", "a", "-", "0", "1", "2", "20", "100", "101",
        "-1", "2147483647", "2147483648", "9999999999999", "1e3", "0x10", "1.0", "NaN", "null", "%", "%25", "_", "'", "\"",
        "' OR 1=1 --", "nicolò", "Sicurezza", "🙂", "\u0000", "\u202e", "a,b", "😀😀😀", "<script>", "../..", "%00", "+",
        new string('z', 200), new string('z', 201), new string('ò', 150),
    ];

    [Fact]
    public async Task Two_hundred_random_queries_get_200_or_a_400_problem_never_a_500()
    {
        await app.PublishAndConsumeAsync(Make.Published("lomazzo", Guid.NewGuid(), 1, name: "Nicolò Fuzz"));
        var random = new Random(20260504);
        var answered = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < 200; i++)
        {
            var query = RandomQuery(random);
            using var response = await app.Client.GetAsync("/api/directory/experts?" + query);

            Assert.True(
                response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"?{query} answered {(int)response.StatusCode}");
            answered[response.StatusCode] = answered.GetValueOrDefault(response.StatusCode) + 1;
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.All(body["errors"]!.AsObject(), e => Assert.Contains(e.Key, Fields));
            }
            else
            {
                Assert.True(body["total"]!.GetValue<long>() >= body["items"]!.AsArray().Count, $"?{query}");
            }
        }

        // The mix must exercise both paths, or the fuzz proves little.
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.OK) >= 20, $"only {answered.GetValueOrDefault(HttpStatusCode.OK)} answered 200");
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.BadRequest) >= 20, $"only {answered.GetValueOrDefault(HttpStatusCode.BadRequest)} answered 400");
    }

    private static string RandomQuery(Random random)
    {
        var query = new StringBuilder();
        foreach (var field in Fields.Where(_ => random.Next(3) > 0))
        {
            // Mostly values the field accepts, so that whole queries often pass and reach the store.
            var value = random.Next(10) switch
            {
                < 7 => Valid[field][random.Next(Valid[field].Length)],
                < 9 => Samples[random.Next(Samples.Length)],
                _ => RandomText(random),
            };
            query.Append(query.Length == 0 ? "" : "&").Append(field).Append('=').Append(Uri.EscapeDataString(value));
        }

        if (random.Next(10) == 0)
        {
            query.Append("&page=1&page=2");
        }

        if (random.Next(5) == 0)
        {
            query.Append("&topic=energy&topic=").Append(Uri.EscapeDataString(Valid["topic"][random.Next(Valid["topic"].Length)]));
        }

        return query.ToString();
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 260);
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Mostly printable ASCII, some Latin-1 letters with accents, a few arbitrary BMP characters.
            text.Append(random.Next(10) switch
            {
                < 7 => (char)random.Next(0x20, 0x7f),
                < 9 => (char)random.Next(0xc0, 0x100),
                _ => (char)random.Next(0x100, 0xd800),
            });
        }

        return text.ToString();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Trust;

/// <summary>
/// A business's personal data never leaves the hub where it booked: marker strings put in every personal field are
/// looked for, after a whole flow, in the directory's and the exchange's stores, in every message that crossed the
/// network's exchanges, and in the output of every process.
/// </summary>
public sealed class PersonalDataBoundaryTests(PersonalDataBoundaryTests.Hubs hubs) : IClassFixture<PersonalDataBoundaryTests.Hubs>
{
    private const string Witness = "personal-data-witness";
    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture("lomazzo", "ivrea");

    [Fact]
    public async Task Booking_referral_practice_and_statistics_leave_no_personal_data_on_the_network()
    {
        var client = _federation.GatewayClient;
        var id = Guid.NewGuid().ToString("N")[..10];
        var markers = new Markers(
            Company: $"MarkCompany{id}",
            Email: $"markemail{id}@example.it",
            Vat: PartitaIva.Unique(),
            Need: $"MarkNeed{id}",
            Referrer: $"MarkReferrer{id}");
        await _federation.Broker.BindWitnessToEveryContractAsync(_federation.VirtualHost, Witness);

        var lomazzoExpert = await BookableExpertAsync(client, "lomazzo", "ecommerce");
        await BookableExpertAsync(client, "ivrea", "ecommerce");
        var slot = (await client.GetFromJsonAsync<JsonArray>($"/api/hubs/lomazzo/slots?expert={lomazzoExpert}&kind=brainstorming"))![0]!["start"]!.GetValue<string>();

        using (var booked = await client.PostAsJsonAsync("/api/hubs/lomazzo/bookings", new
        {
            expertId = lomazzoExpert,
            start = slot,
            kind = "brainstorming",
            intake = Intake(markers),
        }))
        {
            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        }

        // A referral through the directory, accepted with consent: the intake goes to that one hub only.
        var referral = await Eventually.Until(
            async () =>
            {
                using var response = await client.PostAsJsonAsync("/api/directory/referrals", new
                {
                    provinceCode = "CO",
                    topics = new[] { "ecommerce" },
                    referrer = new { kind = "association", name = markers.Referrer },
                });
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
            },
            r => r?["hubs"]?.AsArray().Count >= 1,
            what: "a ranked referral");
        var referralId = referral!["referralId"]!.GetValue<string>();
        var chosenHub = referral["hubs"]![0]!["hubId"]!.GetValue<string>();
        using (var accepted = await client.PostAsJsonAsync($"/api/directory/referrals/{referralId}/accept", new
        {
            hubId = chosenHub,
            consent = true,
            consentVersion = "privacy-2026-01",
            intake = Intake(markers),
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        // It arrived where it belongs: the chosen hub's staff see the business.
        await Eventually.Until(
            () => client.GetStringAsync($"/api/hubs/{chosenHub}/referrals/incoming"),
            body => body.Contains(markers.Company, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the warm referral at the chosen hub");

        using (var practice = await client.PostAsJsonAsync("/api/hubs/lomazzo/practices", new
        {
            title = $"Vetrine online per i bar {id}",
            summary = "Come abbiamo portato dieci bar sul web in un mese.",
            bodyMarkdown = "## Passi\n1. Catalogo\n2. Pagamenti",
            topics = new[] { "ecommerce" },
            resultsAchieved = "Dieci negozi online.",
            links = new[] { "https://example.org/guida" },
            language = "it",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, practice.StatusCode);
        }

        await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonObject>($"/api/practices?q={id}"))!["total"]!.GetValue<int>(),
            total => total == 1,
            what: "the practice at the exchange");
        var stats = await Eventually.Until(
            () => client.GetStringAsync($"/api/directory/stats?from={DateTime.UtcNow:yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(70):yyyy-MM-dd}"),
            body => body.Contains("\"lomazzo\"", StringComparison.Ordinal),
            what: "the booking in the statistics");
        Assert.DoesNotContain(markers.Company, stats, StringComparison.Ordinal);

        var messages = await _federation.Broker.TakeMessagesAsync(_federation.VirtualHost, Witness);
        Assert.Contains(messages, m => m.Contains("consultation-booked", StringComparison.Ordinal));
        var places = _federation.NetworkStoreFiles()
            .Concat(messages.Select((m, i) => (Name: $"network message {i}", Content: m)))
            .Concat(_federation.ProcessLogs())
            .ToList();
        Assert.Contains(places, p => p.Name.StartsWith("directory.db", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Name.StartsWith("exchange.db", StringComparison.Ordinal));

        var leaks = places
            .SelectMany(p => markers.All.Where(m => p.Content.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{m} in {p.Name}"))
            .ToList();
        Assert.Empty(leaks);
    }

    private static object Intake(Markers markers) => new
    {
        companyName = markers.Company,
        vatNumber = markers.Vat,
        atecoSection = "I",
        sizeClass = "micro",
        provinceCode = "CO",
        topics = new[] { "ecommerce" },
        need = $"{markers.Need}: vendere online.",
        email = markers.Email,
        consent = true,
        consentVersion = "privacy-2026-01",
    };

    private static async Task<string> BookableExpertAsync(HttpClient client, string hubId, string topic)
    {
        using var created = await client.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
        {
            name = $"Esperta {hubId} (demo)",
            title = "Consulente e-commerce",
            bio = "Demo data — invented person.",
            competencies = new[] { topic },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var expertId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var availability = await client.PutAsJsonAsync($"/api/hubs/{hubId}/experts/{expertId}/availability", new
        {
            weekly = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
                .Select(day => new { day, start = "08:00", end = "20:00" }),
            bufferMinutes = 15,
            minimumNoticeHours = 24,
            horizonDays = 60,
        });
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return expertId;
    }

    private sealed record Markers(string Company, string Email, string Vat, string Need, string Referrer)
    {
        public IEnumerable<string> All => [Company, Email, Vat, Need, Referrer];
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.IntegrationTests.Trust;

/// <summary>
/// A business's personal data never leaves the hub where it booked (except in a warm referral it consented to, to one hub):
/// marker strings put in every personal field — the intake, the outcome notes, the referral note — are
/// looked for, after a whole flow, in the directory's and the exchange's stores, in every message that crossed the
/// network's exchanges, and in the output of every process.
/// </summary>
public sealed class PersonalDataBoundaryTests(PersonalDataBoundaryTests.Hubs hubs) : IClassFixture<PersonalDataBoundaryTests.Hubs>
{
    private const string Witness = "personal-data-witness";
    private readonly TestFederation _federation = hubs.Federation;

    public sealed class Hubs() : FederationFixture("lomazzo", "ivrea");

    [Fact]
    public async Task Booking_outcome_referrals_practice_and_statistics_leave_no_personal_data_on_the_network()
    {
        var client = _federation.GatewayClient;
        var id = Guid.NewGuid().ToString("N")[..10];
        var markers = PersonalDataMarkers.New();
        await _federation.Broker.BindWitnessToEveryContractAsync(_federation.VirtualHost, Witness);

        // The lomazzo meeting starts in a minute or two, so that its outcome can be recorded during this test.
        var lomazzoExpert = await ExpertOpenFromNowAsync(client, "lomazzo", "ecommerce");
        await BookableExpertAsync(client, "ivrea", "ecommerce");
        var slot = (await client.GetFromJsonAsync<JsonArray>($"/api/hubs/lomazzo/slots?expert={lomazzoExpert}&kind=brainstorming"))![0]!["start"]!.GetValue<string>();

        string bookingId;
        using (var booked = await client.PostAsJsonAsync("/api/hubs/lomazzo/bookings", new
        {
            expertId = lomazzoExpert,
            start = slot,
            kind = "brainstorming",
            intake = Intake(markers),
        }))
        {
            Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
            bookingId = (await booked.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
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
            consentVersion = "referral-2026-01",
            // The directory's own consent (handing the intake to the chosen hub), served at /api/directory/consent.
            intake = Intake(markers, "referral-2026-01"),
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

        // The meeting is held: its outcome, with the staff's notes, then a warm referral from lomazzo to ivrea with a note.
        var start = DateTimeOffset.Parse(slot, System.Globalization.CultureInfo.InvariantCulture);
        if (start > DateTimeOffset.UtcNow)
        {
            await Task.Delay(start - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        }

        using (var outcome = await client.PostAsJsonAsync($"/api/hubs/lomazzo/bookings/{bookingId}/outcome", new
        {
            attendance = "held",
            category = "referred-to-another-hub",
            notes = $"{markers.Notes}: the business needs a robotics lab.",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        }

        using (var referred = await client.PostAsJsonAsync("/api/hubs/lomazzo/referrals", new
        {
            toHubId = "ivrea",
            bookingId,
            consent = true,
            consentVersion = "privacy-2026-01",
            note = $"{markers.ReferralNote}: call them in the morning.",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        }

        await Eventually.Until(
            () => client.GetStringAsync("/api/hubs/ivrea/referrals/incoming"),
            body => body.Contains(markers.ReferralNote, StringComparison.Ordinal) && body.Contains(markers.Company, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "lomazzo's warm referral at ivrea");
        await Eventually.Until(
            () => client.GetFromJsonAsync<JsonArray>("/api/hubs/lomazzo/referrals/outgoing"),
            list => list!.Any(r => r!["toHubId"]!.GetValue<string>() == "ivrea" && r["status"]!.GetValue<string>() != "sent"),
            TimeSpan.FromSeconds(30),
            "ivrea's status of the referral back at lomazzo");

        // Ivrea declines it with a reason naming the business: the reason stays at ivrea, lomazzo hears "declined".
        var incoming = JsonNode.Parse(await client.GetStringAsync("/api/hubs/ivrea/referrals/incoming"))!.AsArray()
            .First(r => r!["fromHubId"]?.GetValue<string>() == "lomazzo" && r["intake"]!["companyName"]!.GetValue<string>() == markers.Company)!;
        using (var declined = await client.PostAsJsonAsync($"/api/hubs/ivrea/referrals/{incoming["referralId"]!.GetValue<string>()}/decline", new
        {
            reason = $"{markers.DeclineReason}: {markers.Company} needs a lab we do not have.",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        }

        await Eventually.Until(
            () => client.GetFromJsonAsync<JsonArray>("/api/hubs/lomazzo/referrals/outgoing"),
            list => list!.Any(r => r!["toHubId"]!.GetValue<string>() == "ivrea" && r["status"]!.GetValue<string>() == "declined"),
            TimeSpan.FromSeconds(30),
            "ivrea's 'declined' back at lomazzo");

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
        foreach (var kind in new[] { "consultation-booked", "outcome-recorded", "referral-status-changed", "practice-published" })
        {
            Assert.Contains(messages, m => m.Contains(kind, StringComparison.Ordinal));
        }

        // The hubs' mail went out, so the scan of their output below covers the mail path too; staff notices carry no intake.
        var mails = await _federation.Smtp.WaitForAsync(
            received => received.Any(r => r.Recipients.Contains(markers.Email, StringComparer.OrdinalIgnoreCase))
                && received.Any(r => r.Recipients.Contains(TestFederation.StaffAddress("ivrea"), StringComparer.OrdinalIgnoreCase)),
            what: "the business's confirmation and ivrea's notice of the referral");
        var staffMail = mails
            .Where(r => r.Recipients.Any(to => to.StartsWith("staff@", StringComparison.Ordinal)))
            .Select((r, i) => (Name: $"staff mail {i}", Content: $"{r.Message.Subject}\n{r.Message.TextBody}\n{r.Message.HtmlBody}"))
            .ToList();
        Assert.NotEmpty(staffMail);
        Assert.Empty(markers.LeaksIn(staffMail));

        // What the coordinators' pages show and download (issue 14): every statistics figure as CSV, the exchange's
        // practice activity, the hubs, a hub's membership audit trail. The pages themselves: NetworkPagesTests.
        var period = $"from={DateTime.UtcNow.AddDays(-90):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(70):yyyy-MM-dd}";
        var coordinatorAnswers = new List<(string Name, string Content)>
        {
            ("stats", stats),
            ("warm-referral-matrix.csv", await Eventually.Until(
                () => client.GetStringAsync($"/api/directory/stats/warm-referral-matrix.csv?{period}"),
                csv => csv.Contains("lomazzo,ivrea,1", StringComparison.Ordinal),
                TimeSpan.FromSeconds(30),
                "lomazzo's warm referral to ivrea in the matrix's CSV")),
        };
        foreach (var figure in new[]
        {
            "consultations-per-hub-per-week", "demand-by-topic", "demand-by-province", "demand-by-region", "outcomes-by-category",
            "outcomes-by-category-per-week", "referral-matrix", "practice-adoptions",
        })
        {
            coordinatorAnswers.Add(($"{figure}.csv", await client.GetStringAsync($"/api/directory/stats/{figure}.csv?{period}")));
        }

        coordinatorAnswers.Add(("practice-activity", await client.GetStringAsync("/api/practices/stats/activity")));
        coordinatorAnswers.Add(("practice-activity.csv", await client.GetStringAsync("/api/practices/stats/activity.csv")));
        coordinatorAnswers.Add(("hubs", await client.GetStringAsync("/api/directory/hubs")));
        coordinatorAnswers.Add(("membership", await client.GetStringAsync("/api/directory/hubs/lomazzo/membership")));

        var places = _federation.NetworkStoreFiles()
            .Concat(coordinatorAnswers)
            .Concat(messages.Select((m, i) => (Name: $"network message {i}", Content: m)))
            .Concat(_federation.ProcessLogs())
            .ToList();
        Assert.Contains(places, p => p.Name.StartsWith("directory.db", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Name.StartsWith("exchange.db", StringComparison.Ordinal));

        Assert.Empty(markers.LeaksIn(places));
    }

    private static object Intake(PersonalDataMarkers markers, string consentVersion = "privacy-2026-01") => new
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
        consentVersion,
    };

    private static async Task<string> CreateExpertAsync(HttpClient client, string hubId, string name, string topic)
    {
        using var created = await client.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
        {
            name,
            title = "Consulente e-commerce",
            bio = "Demo data — invented person.",
            competencies = new[] { topic },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<string> BookableExpertAsync(HttpClient client, string hubId, string topic)
    {
        var expertId = await CreateExpertAsync(client, hubId, $"Esperta {hubId} (demo)", topic);
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

    /// <summary>
    /// An expert whose only opening starts two minutes from now, in a fixed-offset zone where that is mid-morning (slots
    /// never cross a local midnight, and this test may run at any hour), with no notice required.
    /// </summary>
    private static async Task<string> ExpertOpenFromNowAsync(HttpClient client, string hubId, string topic)
    {
        var expertId = await CreateExpertAsync(client, hubId, $"Esperto subito {hubId} (demo)", topic);
        var startUtc = DateTimeOffset.UtcNow.AddMinutes(2);
        var offsetHours = 10 - startUtc.Hour;
        offsetHours = offsetHours > 14 ? offsetHours - 24 : offsetHours < -12 ? offsetHours + 24 : offsetHours;
        var zone = offsetHours switch { 0 => "Etc/GMT", > 0 => $"Etc/GMT-{offsetHours}", _ => $"Etc/GMT+{-offsetHours}" };
        var local = startUtc.ToOffset(TimeSpan.FromHours(offsetHours));
        using var availability = await client.PutAsJsonAsync($"/api/hubs/{hubId}/experts/{expertId}/availability", new
        {
            timeZone = zone,
            weekly = Array.Empty<object>(),
            extraOpenings = new[]
            {
                new
                {
                    date = local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    start = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    end = local.AddHours(2).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                },
            },
            bufferMinutes = 0,
            minimumNoticeHours = 0,
            horizonDays = 7,
        });
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return expertId;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.ReliabilityTests.Support;
using Hubs.Testing;
using Xunit.Abstractions;

namespace Hubs.ReliabilityTests.MailDelivery;

/// <summary>
/// Scenario 7: a hub node's mail across an SMTP outage and across the node killed (SIGKILL) after the bookings were
/// committed and before their mail went. Each booking's confirmation and staff notice reach the real SMTP server on
/// loopback exactly once: none lost, none twice (by Message-ID and by booking), and no address in the node's output.
/// </summary>
public sealed class MailOutageAndCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string HubId = "novara";
    private const int BookingsPerPhase = 10;

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(HubId);

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task Mail_survives_an_smtp_outage_and_a_hub_killed_before_sending_and_arrives_once()
    {
        var gateway = _federation.GatewayClient;
        var hub = _federation.Hubs[HubId];
        var smtp = _federation.Smtp;
        var expert = await BookableExpert.CreateAsync(gateway, HubId, "Esperta Posta");
        var starts = await BookableExpert.DisjointStartsAsync(gateway, HubId, expert);

        // Phase 1: the SMTP server is down while businesses book, then comes back.
        await smtp.StopAsync();
        var outage = await BookAsync(gateway, expert, starts);
        using var probe = new HttpClient();
        Assert.Equal("Degraded", await Eventually.Until(
            async () => await (await probe.GetAsync(new Uri(hub.BaseAddress, "health"))).Content.ReadAsStringAsync(),
            body => body == "Degraded",
            TimeSpan.FromSeconds(20),
            "the hub's health to say degraded"));
        await smtp.StartAsync();
        await WaitForAsync(smtp, outage);

        // Phase 2: bookings committed, server down, the node killed before it could send, then everything back.
        await smtp.StopAsync();
        var crash = await BookAsync(gateway, expert, starts);
        await hub.StopAsync();
        await smtp.StartAsync();
        await hub.StartAsync();
        await WaitForAsync(smtp, outage.Concat(crash).ToList());

        // Long enough for a second copy to show up if one were coming.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var outageFigures = Count(smtp, outage);
        var crashFigures = Count(smtp, crash);
        ReliabilityReport.Print(output, "mail-outage",
            ("expected", outageFigures.Expected), ("delivered", outageFigures.Delivered), ("lost", outageFigures.Lost), ("duplicated", outageFigures.Duplicated));
        ReliabilityReport.Print(output, "mail-crash",
            ("expected", crashFigures.Expected), ("delivered", crashFigures.Delivered), ("lost", crashFigures.Lost), ("duplicated", crashFigures.Duplicated));

        Assert.Equal((0, 0), (outageFigures.Lost, outageFigures.Duplicated));
        Assert.Equal((0, 0), (crashFigures.Lost, crashFigures.Duplicated));
        Assert.Equal(smtp.Received.Count, smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());

        // The node said what it did without naming anyone.
        var logged = string.Join('\n', hub.Output);
        Assert.Contains("handed to the server", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.it", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestFederation.StaffAddress(HubId), logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bottega Affidabile", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Aprire un negozio online", logged, StringComparison.Ordinal);
    }

    private static async Task<List<(Guid Id, string Email)>> BookAsync(HttpClient gateway, Guid expert, Queue<string> starts)
    {
        var booked = new List<(Guid, string)>();
        for (var i = 0; i < BookingsPerPhase; i++)
        {
            var email = $"reliability-{Guid.NewGuid():N}@example.it";
            using var response = await gateway.PostAsJsonAsync($"/api/hubs/{HubId}/bookings", BookableExpert.Booking(expert, starts.Dequeue(), email));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            booked.Add((Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>()), email));
        }

        return booked;
    }

    private static Task<IReadOnlyList<ReceivedMail>> WaitForAsync(LoopbackSmtpServer smtp, IReadOnlyList<(Guid Id, string Email)> bookings) =>
        smtp.WaitForAsync(
            received => bookings.All(b => received.Any(r => IsConfirmation(r, b.Email))) && StaffNotices(received) >= bookings.Count,
            TimeSpan.FromSeconds(60),
            $"the confirmations and staff notices of {bookings.Count} bookings");

    private static (int Expected, int Delivered, int Lost, int Duplicated) Count(LoopbackSmtpServer smtp, IReadOnlyList<(Guid Id, string Email)> bookings)
    {
        var received = smtp.Received.ToList();
        var perBooking = bookings.Select(b => received.Count(r => IsConfirmation(r, b.Email))).ToList();
        return (bookings.Count, perBooking.Count(n => n > 0), perBooking.Count(n => n == 0), perBooking.Sum(n => Math.Max(0, n - 1)));
    }

    private static bool IsConfirmation(ReceivedMail mail, string email) =>
        mail.Recipients.Contains(email, StringComparer.OrdinalIgnoreCase) && mail.Message.MessageId?.Contains(".confirmation@", StringComparison.Ordinal) == true;

    private static int StaffNotices(IReadOnlyList<ReceivedMail> received) =>
        received.Count(r => r.Recipients.Contains(TestFederation.StaffAddress(HubId), StringComparer.OrdinalIgnoreCase));
}

using Bunit;
using Hubs.Portal.Components.Staff;
using Hubs.Portal.Gateway;
using Hubs.Portal.Tests.Components;

namespace Hubs.Portal.Tests.Staff;

public sealed class MeetingMailTests() : PortalContext("it-IT")
{
    private static readonly DateTimeOffset Booked = new(2026, 3, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_refused_address_is_said_at_the_top_with_the_servers_reply_and_times_are_in_the_hubs_zone()
    {
        var mail = new StaffBookingMail(Guid.NewGuid(), Undeliverable: true,
        [
            Delivery("staff-new-booking", "staff", "sent", Booked),
            Delivery("confirmation", "business", "undeliverable", null, "550 RecipientNotAccepted"),
        ]);

        var section = Render<MeetingMail>(p => p.Add(m => m.Mail, mail).Add(m => m.TimeZone, "Europe/Rome"));

        Assert.Contains("il server ha rifiutato l'indirizzo", section.Find("[role=status]").TextContent, StringComparison.Ordinal);
        var rows = section.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        var confirmation = Assert.Single(rows, r => r.QuerySelector("th")!.TextContent == "Conferma");
        Assert.Contains("Non consegnata", confirmation.TextContent, StringComparison.Ordinal);
        Assert.Contains("550 RecipientNotAccepted", confirmation.TextContent, StringComparison.Ordinal);
        var staff = Assert.Single(rows, r => r.QuerySelector("th")!.TextContent == "Nuova prenotazione");
        Assert.Contains("Personale dell'hub", staff.TextContent, StringComparison.Ordinal);
        // 09:00 UTC on 27 March 2026 is 10:00 in Rome (winter time until the 29th).
        Assert.Contains("10:00", staff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@", section.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_on_its_way_shows_no_warning_and_a_retry_says_how_many_attempts()
    {
        var mail = new StaffBookingMail(Guid.NewGuid(), Undeliverable: false, [Delivery("confirmation", "business", "pending", null, "451 try later", attempts: 2)]);

        var section = Render<MeetingMail>(p => p.Add(m => m.Mail, mail));

        Assert.Empty(section.FindAll("[role=status]"));
        Assert.Contains("2", section.Find("tbody tr td:nth-of-type(2)").TextContent, StringComparison.Ordinal);
    }

    private static StaffMailDelivery Delivery(string kind, string to, string status, DateTimeOffset? sentAt, string? error = null, int attempts = 1) =>
        new(Guid.NewGuid(), $"<{Guid.NewGuid()}@hub>", kind, to, status, attempts, Booked, Booked, sentAt, error);
}

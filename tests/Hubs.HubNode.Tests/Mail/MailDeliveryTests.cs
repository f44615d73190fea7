using System.Net;
using System.Text.Json;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Mail;

/// <summary>Never lost, never twice: an SMTP outage, a refused address, a misconfigured server, and what the logs say.</summary>
public sealed class MailDeliveryTests
{
    [Fact]
    public async Task Mail_decided_while_the_server_is_down_all_arrives_once_when_it_returns()
    {
        await using var mail = await MailNode.StartAsync(smtpRunning: false);
        var expert = await mail.Node.ExpertAsync();
        var emails = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            // Bookings are taken while mail cannot go.
            var email = BookingBodies.NewEmail();
            emails.Add(email);
            await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4 + (i / 3), 10 + (2 * (i % 3))), email: email));
        }

        await HealthIsAsync(mail, "Degraded");

        // Up for a moment, down again, then up for good.
        await mail.Smtp.StartAsync();
        await mail.Smtp.WaitForAsync(r => r.Count > 0, what: "the first mail after the server returned");
        await mail.Smtp.StopAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        await mail.Smtp.StartAsync();

        var expected = emails.Count * 2;
        var received = await mail.Smtp.WaitForAsync(r => r.Count >= expected, what: $"{expected} mails");
        await Task.Delay(TimeSpan.FromMilliseconds(800));
        received = [.. mail.Smtp.Received];

        Assert.Equal(expected, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Message.MessageId).Distinct().Count());
        Assert.All(emails, e => Assert.Single(mail.To(e, MailKinds.Confirmation)));
        Assert.Equal(emails.Count, mail.To(MailNode.StaffAddress, MailKinds.StaffNewBooking).Count);
        await HealthIsAsync(mail, "Healthy");
    }

    [Fact]
    public async Task An_address_the_server_refuses_is_recorded_undeliverable_on_the_booking_and_blocks_nothing()
    {
        await using var mail = await MailNode.StartAsync();
        var expert = await mail.Node.ExpertAsync();
        var refused = BookingBodies.NewEmail();
        var fine = BookingBodies.NewEmail();
        mail.Smtp.Refuse(refused);

        var first = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: refused));
        var second = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14), email: fine));
        await mail.WaitForAsync(fine, MailKinds.Confirmation);
        await mail.WaitForAsync(MailNode.StaffAddress, MailKinds.StaffNewBooking, count: 2);
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        var deliveries = await mail.DeliveriesAsync(first.Id);
        Assert.True(deliveries.GetProperty("undeliverable").GetBoolean());
        var confirmation = deliveries.GetProperty("mails").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == MailKinds.Confirmation);
        Assert.Equal(MailStatuses.Undeliverable, confirmation.GetProperty("status").GetString());
        Assert.Equal("business", confirmation.GetProperty("to").GetString());
        Assert.Equal(1, confirmation.GetProperty("attempts").GetInt32());
        Assert.StartsWith("550", confirmation.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.False((await mail.DeliveriesAsync(second.Id)).GetProperty("undeliverable").GetBoolean());

        // Staff only: not the business with its token, not anyone.
        Assert.Equal(HttpStatusCode.Unauthorized, (await mail.Node.Client.GetAsync(BookingNode.Path($"bookings/{first.Id}/mail"))).StatusCode);
        var withToken = await mail.Node.SendAsync(HttpMethod.Get, BookingNode.Path($"bookings/{first.Id}/mail"), first.ManageToken);
        Assert.Contains(withToken.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        Assert.Equal(HttpStatusCode.NotFound, (await mail.Node.Staff.GetAsync(BookingNode.Path($"bookings/{Guid.CreateVersion7()}/mail"))).StatusCode);
    }

    [Fact]
    public async Task A_server_nobody_listens_on_makes_health_degraded_and_bookings_are_still_taken()
    {
        // The server object is never started: its port is closed.
        await using var mail = await MailNode.StartAsync(smtpRunning: false);
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10)));

        var body = await HealthIsAsync(mail, "Degraded");
        Assert.Equal(MailStatuses.Pending, (await mail.DeliveriesAsync(booking.Id)).GetProperty("mails")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await mail.Node.Client.GetAsync("/alive")).StatusCode);
        Assert.NotNull(body);
    }

    [Fact]
    public async Task No_log_line_carries_an_address_or_the_intake()
    {
        await using var mail = await MailNode.StartAsync();
        var expert = await mail.Node.ExpertAsync();
        var refused = BookingBodies.NewEmail();
        mail.Smtp.Refuse(refused);
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14), email: refused));
        await mail.Node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(5, 10)) });
        await mail.Node.Staff.PostAsync(BookingNode.Path($"bookings/{booking.Id}/cancel"), null);
        await mail.WaitForAsync(email, MailKinds.Cancellation);
        await mail.WaitForAsync(MailNode.StaffAddress, MailKinds.StaffCancellation);

        var lines = mail.Logs.All;
        Assert.Contains(lines, l => l.Contains("refused by the server", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("handed to the server", StringComparison.Ordinal));
        foreach (var marker in new[] { BookingBodies.EmailMarker, BookingBodies.CompanyMarker, BookingBodies.NeedMarker, BookingBodies.VatMarker, MailNode.StaffAddress })
        {
            Assert.DoesNotContain(lines, l => l.Contains(marker, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task<string> HealthIsAsync(MailNode mail, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var body = await (await mail.Node.Client.GetAsync("/health")).Content.ReadAsStringAsync();
            if (body == status)
            {
                return body;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/health said {body}, not {status}");
            await Task.Delay(100);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Tests.Support;
using MimeKit;

namespace Hubs.HubNode.Tests.Mail;

/// <summary>What the business and the hub's staff receive, on a real SMTP server, when a booking is made, moved and cancelled.</summary>
public sealed partial class BookingMailTests
{
    [Fact]
    public async Task A_booking_sends_one_confirmation_whose_invite_parses_and_whose_links_work()
    {
        await using var mail = await MailNode.StartAsync();
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));

        var confirmation = (await mail.WaitForAsync(email, MailKinds.Confirmation)).Single(r => MailNode.KindOf(r) == MailKinds.Confirmation);
        await mail.WaitForAsync(MailNode.StaffAddress, MailKinds.StaffNewBooking);

        // The sender keeps polling: still exactly one of each a while later.
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Single(mail.To(email, MailKinds.Confirmation));
        Assert.Single(mail.To(MailNode.StaffAddress, MailKinds.StaffNewBooking));

        var message = confirmation.Message;
        Assert.Equal("prenotazioni@hub.example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal("Test Valley Hub", message.From.Mailboxes.Single().Name);
        Assert.StartsWith("Prenotazione confermata", message.Subject, StringComparison.Ordinal);
        Assert.NotNull(message.TextBody);
        Assert.NotNull(message.HtmlBody);
        Assert.Contains("info@hub.example.org", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Test Valley Hub", message.HtmlBody, StringComparison.Ordinal);

        var (calendar, method, _) = MailNode.Invite(confirmation);
        Assert.Equal("REQUEST", method);
        Assert.Equal("REQUEST", calendar.Method);
        var meeting = calendar.Events.Single();
        var served = await mail.Node.InviteAsync(booking.Id, booking.ManageToken);
        Assert.Contains($"UID:{meeting.Uid}", served, StringComparison.Ordinal);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal(booking.Start.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Equal(booking.End.UtcDateTime, meeting.DtEnd!.AsUtc);

        // The video link is the booking's; the manage link opens the booking with its own token.
        Assert.Contains(booking.VideoLink, message.TextBody, StringComparison.Ordinal);
        var manage = ManageLink().Match(message.TextBody);
        Assert.True(manage.Success, message.TextBody);
        Assert.Equal(booking.Id, Guid.Parse(manage.Groups["id"].Value));
        var opened = await mail.Node.Client.GetAsync(BookingNode.Path($"bookings/{booking.Id}?token={manage.Groups["token"].Value}"));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(manage.Value, message.HtmlBody, StringComparison.Ordinal);

        // Staff get what they need to open it, nothing of the intake.
        var notice = mail.To(MailNode.StaffAddress, MailKinds.StaffNewBooking).Single().Message;
        Assert.Contains($"{MailNode.PortalUrl}/staff/test-hub/bookings/{booking.Id}", notice.TextBody, StringComparison.Ordinal);
        foreach (var marker in new[] { BookingBodies.CompanyMarker, BookingBodies.NeedMarker, BookingBodies.EmailMarker, BookingBodies.VatMarker })
        {
            Assert.DoesNotContain(marker, notice.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(marker, notice.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_reschedule_sends_an_update_with_the_next_sequence_and_a_cancellation_sends_METHOD_CANCEL()
    {
        await using var mail = await MailNode.StartAsync();
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));
        var confirmation = (await mail.WaitForAsync(email, MailKinds.Confirmation)).First(r => MailNode.KindOf(r) == MailKinds.Confirmation);
        var uid = MailNode.Invite(confirmation).Calendar.Events.Single().Uid;

        var moved = await mail.Node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(5, 14)) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var update = (await mail.WaitForAsync(email, MailKinds.Update)).Single(r => MailNode.KindOf(r) == MailKinds.Update);
        var (updated, method, _) = MailNode.Invite(update);
        Assert.Equal("REQUEST", method);
        Assert.Equal(uid, updated.Events.Single().Uid);
        Assert.Equal(1, updated.Events.Single().Sequence);
        Assert.Equal(BookingNode.March(5, 14).ToDateTimeUtc(), updated.Events.Single().DtStart!.AsUtc);
        Assert.StartsWith("Incontro spostato", update.Message.Subject, StringComparison.Ordinal);

        // Staff cancel this time: the business is told all the same.
        Assert.Equal(HttpStatusCode.OK, (await mail.Node.Staff.PostAsync(BookingNode.Path($"bookings/{booking.Id}/cancel"), null)).StatusCode);
        var cancellation = (await mail.WaitForAsync(email, MailKinds.Cancellation)).Single(r => MailNode.KindOf(r) == MailKinds.Cancellation);
        var (cancelled, cancelMethod, text) = MailNode.Invite(cancellation);
        Assert.Equal("CANCEL", cancelMethod);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(uid, cancelled.Events.Single().Uid);
        Assert.Equal(2, cancelled.Events.Single().Sequence);
        Assert.Contains("STATUS:CANCELLED", text, StringComparison.Ordinal);
        Assert.Contains("dall'hub", cancellation.Message.TextBody, StringComparison.Ordinal);

        var staff = (await mail.WaitForAsync(MailNode.StaffAddress, MailKinds.StaffCancellation)).Single(r => MailNode.KindOf(r) == MailKinds.StaffCancellation);
        Assert.Contains("dallo staff", staff.Message.TextBody, StringComparison.Ordinal);

        // Every mail of the booking is a different message, each recorded sent once.
        var deliveries = await mail.DeliveriesAsync(booking.Id);
        var sent = deliveries.GetProperty("mails").EnumerateArray().Where(m => m.GetProperty("status").GetString() == MailStatuses.Sent).ToList();
        Assert.Equal(
            new[] { MailKinds.Confirmation, MailKinds.StaffNewBooking, MailKinds.Update, MailKinds.Cancellation, MailKinds.StaffCancellation }.Order(),
            sent.Select(m => m.GetProperty("kind").GetString()).Order());
        Assert.All(sent, m => Assert.Equal(1, m.GetProperty("attempts").GetInt32()));
        Assert.Equal(mail.Smtp.Received.Count, mail.Smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task A_business_that_wrote_in_English_gets_its_mail_in_English()
    {
        await using var mail = await MailNode.StartAsync();
        var email = BookingBodies.NewEmail();
        var body = BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email);
        ((Dictionary<string, object?>)body["intake"]!)["language"] = "en-GB";
        await mail.Node.BookOkAsync(body);

        var confirmation = (await mail.WaitForAsync(email, MailKinds.Confirmation)).Single(r => MailNode.KindOf(r) == MailKinds.Confirmation);
        Assert.StartsWith("Booking confirmed", confirmation.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("Wednesday 4 March 2026, 10:00", confirmation.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("en", confirmation.Message.Body?.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task An_unknown_language_is_a_400_naming_the_field()
    {
        await using var mail = await MailNode.StartAsync();
        var body = BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10));
        ((Dictionary<string, object?>)body["intake"]!)["language"] = "klingon";
        var response = await mail.Node.BookAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("intake.language", out _), problem.ToString());
    }

    [Fact]
    public async Task A_held_brainstorming_that_recommends_a_follow_up_invites_the_business_to_book_it()
    {
        await using var mail = await MailNode.StartAsync();
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));
        var other = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync("Bruno Neri"), BookingNode.March(4, 11)));
        Assert.Equal(HttpStatusCode.OK, (await mail.Node.RecordOutcomeAsync(booking.Id, booking.Start)).StatusCode);

        var invitation = (await mail.WaitForAsync(email, MailKinds.FollowupInvitation)).Single(r => MailNode.KindOf(r) == MailKinds.FollowupInvitation);
        Assert.Contains($"{MailNode.PortalUrl}/book/test-hub?kind=followup&case={booking.CaseId}", invitation.Message.TextBody, StringComparison.Ordinal);

        // Another outcome category invites to nothing.
        Assert.Equal(HttpStatusCode.OK, (await mail.Node.RecordOutcomeAsync(other.Id, other.Start, category: "closed")).StatusCode);
        var kinds = (await mail.DeliveriesAsync(other.Id)).GetProperty("mails").EnumerateArray().Select(m => m.GetProperty("kind").GetString());
        Assert.DoesNotContain(MailKinds.FollowupInvitation, kinds);
    }

    [GeneratedRegex(@"https://portal\.example\.org/manage/test-hub/(?<id>[0-9a-f-]{36})\?token=(?<token>[A-Za-z0-9_%-]+)")]
    private static partial Regex ManageLink();
}

using System.Net;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Mail;

/// <summary>
/// Reminders 24 hours and 1 hour before, on a fake clock. Absence is checked after a later mail arrived: the sender takes
/// due mails oldest first, so a reminder due before that mail would have come before it.
/// </summary>
public sealed class ReminderTests
{
    [Fact]
    public async Task Reminders_go_24_hours_and_1_hour_before_the_meeting()
    {
        await using var mail = await MailNode.StartAsync();
        var email = BookingBodies.NewEmail();
        await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));
        await mail.WaitForAsync(email, MailKinds.Confirmation);
        Assert.Empty(mail.To(email, MailKinds.Reminder));

        mail.Node.Clock.Reset(BookingNode.March(3, 10) + Duration.FromSeconds(1));
        var first = (await mail.WaitForAsync(email, MailKinds.Reminder)).Single(r => MailNode.KindOf(r) == MailKinds.Reminder);
        Assert.Equal("Promemoria: brainstorming (45 minuti) tra 24 ore", first.Message.Subject);
        Assert.Contains("mercoledì 4 marzo 2026, ore 10:00", first.Message.TextBody, StringComparison.Ordinal);

        mail.Node.Clock.Reset(BookingNode.March(4, 9) + Duration.FromSeconds(1));
        var both = await mail.WaitForAsync(email, MailKinds.Reminder, count: 2);
        Assert.Contains(both, r => r.Message.Subject?.EndsWith("tra 1 ora", StringComparison.Ordinal) == true);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(2, mail.To(email, MailKinds.Reminder).Count);
    }

    [Fact]
    public async Task A_cancelled_meeting_gets_no_reminder()
    {
        await using var mail = await MailNode.StartAsync();
        var expert = await mail.Node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        Assert.Equal(HttpStatusCode.OK, (await mail.Node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/cancel"), booking.ManageToken)).StatusCode);
        await mail.WaitForAsync(email, MailKinds.Cancellation);

        mail.Node.Clock.Reset(BookingNode.March(4, 9, 30));
        var witness = BookingBodies.NewEmail();
        await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), email: witness));
        await mail.WaitForAsync(witness, MailKinds.Confirmation);

        Assert.Empty(mail.To(email, MailKinds.Reminder));
        var reminders = (await mail.DeliveriesAsync(booking.Id)).GetProperty("mails").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == MailKinds.Reminder).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal(MailStatuses.Withdrawn, r.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Reminders_are_planned_again_when_the_meeting_moves()
    {
        await using var mail = await MailNode.StartAsync();
        var expert = await mail.Node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        var moved = await mail.Node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(5, 14)) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        await mail.WaitForAsync(email, MailKinds.Update);

        // The old times pass without a reminder.
        mail.Node.Clock.Reset(BookingNode.March(4, 9, 30));
        var witness = BookingBodies.NewEmail();
        await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(9, 10), email: witness));
        await mail.WaitForAsync(witness, MailKinds.Confirmation);
        Assert.Empty(mail.To(email, MailKinds.Reminder));

        // The new ones bring them, saying the new time.
        mail.Node.Clock.Reset(BookingNode.March(5, 13) + Duration.FromSeconds(1));
        var reminders = await mail.WaitForAsync(email, MailKinds.Reminder, count: 2);
        Assert.All(reminders.Where(r => MailNode.KindOf(r) == MailKinds.Reminder),
            r => Assert.Contains("giovedì 5 marzo 2026, ore 14:00", r.Message.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_meeting_booked_sooner_than_a_reminder_gets_only_the_reminders_still_ahead()
    {
        await using var mail = await MailNode.StartAsync();
        var expert = await mail.Node.ExpertAsync(availability: new
        {
            weekly = new[] { new { day = "monday", start = "09:00", end = "17:00" } },
            minimumNoticeHours = 2,
        });
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(2, 15), email: email));

        var reminders = (await mail.DeliveriesAsync(booking.Id)).GetProperty("mails").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == MailKinds.Reminder).ToList();
        var only = Assert.Single(reminders);
        Assert.Equal(BookingNode.March(2, 14).ToDateTimeOffset(), only.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_reminder_still_unsent_when_its_meeting_starts_is_withdrawn_not_sent_late()
    {
        await using var mail = await MailNode.StartAsync(smtpRunning: false);
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));

        // The server comes back only after the meeting started.
        mail.Node.Clock.Reset(BookingNode.March(4, 10, 5));
        await mail.Smtp.StartAsync();
        await mail.WaitForAsync(email, MailKinds.Confirmation);
        await mail.WaitForAsync(MailNode.StaffAddress, MailKinds.StaffNewBooking);

        Assert.Empty(mail.To(email, MailKinds.Reminder));
        var reminders = (await mail.DeliveriesAsync(booking.Id)).GetProperty("mails").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == MailKinds.Reminder).ToList();
        Assert.All(reminders, r => Assert.Equal(MailStatuses.Withdrawn, r.GetProperty("status").GetString()));
    }
}

using Hubs.HubNode.Bookings;
using Hubs.HubNode.Mail;
using NodaTime;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// The mail queue: mail is stored in the same write as the booking change that causes it (or not at all), handed out
/// when due, recorded once sent, refused or withdrawn, and a booking's reminders not yet sent go when it moves or ends.
/// </summary>
public abstract class MailStoreContract : StoreContract
{
    protected MailStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IBookingStore Bookings => Port<IBookingStore>();

    private IMailStore Mail => Port<IMailStore>();

    [Fact]
    public async Task Mail_is_stored_with_its_booking_and_handed_out_when_due()
    {
        var booking = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10));
        var now = Mail(booking, MailKinds.Confirmation, ContractData.Now);
        var reminder = Mail(booking, MailKinds.Reminder, ContractData.March(3, 10), expiresAt: booking.Start);
        var write = ContractData.Write(booking) with { Mail = new MailPlan([now, reminder]) };

        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(write, ContractData.ClaimUntil(booking), ContractData.Conditions()));

        var due = Assert.Single(await Mail.FetchDueAsync(ContractData.Now, 10));
        Assert.Equal((now.Id, now.MessageId, now.Kind, now.BookingId, now.Recipient), (due.Id, due.MessageId, due.Kind, due.BookingId, due.Recipient));
        Assert.Equal(now.Mime, due.Mime);
        var later = await Mail.FetchDueAsync(ContractData.March(3, 10), 10);
        Assert.Equal([now.Id, reminder.Id], later.Select(m => m.Id));
        Assert.Equal(booking.Start, later[1].ExpiresAt);
        Assert.Equal(2, await Mail.CountPendingAsync());
    }

    [Fact]
    public async Task A_write_that_fails_stores_no_mail()
    {
        var expert = Guid.CreateVersion7();
        var first = ContractData.Booking(expert, ContractData.March(4, 10));
        var clash = ContractData.Booking(expert, ContractData.March(4, 10, 15));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(first), ContractData.ClaimUntil(first), ContractData.Conditions()));

        var write = ContractData.Write(clash) with { Mail = new MailPlan([Mail(clash, MailKinds.Confirmation, ContractData.Now)]) };
        Assert.Equal(BookingClaim.SlotTaken, await Bookings.AddAsync(write, ContractData.ClaimUntil(clash), ContractData.Conditions()));

        Assert.Empty(await Mail.FetchDueAsync(ContractData.Later(3600), 10));
    }

    [Fact]
    public async Task Sent_refused_and_postponed_mail_is_recorded_and_no_longer_handed_out()
    {
        var booking = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10));
        var sent = Mail(booking, MailKinds.Confirmation, ContractData.Now);
        var refused = Mail(booking, MailKinds.StaffNewBooking, ContractData.Now);
        var postponed = Mail(booking, MailKinds.Update, ContractData.Now);
        await Bookings.AddAsync(
            ContractData.Write(booking) with { Mail = new MailPlan([sent, refused, postponed]) }, ContractData.ClaimUntil(booking), ContractData.Conditions());

        await Mail.MarkSentAsync(sent.Id, ContractData.Later(1));
        await Mail.MarkUndeliverableAsync(refused.Id, ContractData.Later(1), "550 RecipientNotAccepted");
        await Mail.PostponeAsync(postponed.Id, ContractData.Later(60), "451 MessageNotAccepted");

        Assert.Empty(await Mail.FetchDueAsync(ContractData.Later(30), 10));
        var retried = Assert.Single(await Mail.FetchDueAsync(ContractData.Later(60), 10));
        Assert.Equal((postponed.Id, 1), (retried.Id, retried.Attempts));

        var deliveries = await Mail.ListForBookingAsync(booking.Id);
        Assert.Equal(MailStatuses.Sent, deliveries.Single(d => d.Id == sent.Id).Status);
        Assert.Equal(ContractData.Later(1), deliveries.Single(d => d.Id == sent.Id).SentAt);
        Assert.Equal(
            (MailStatuses.Undeliverable, "550 RecipientNotAccepted", 1),
            deliveries.Single(d => d.Id == refused.Id) is var r ? (r.Status, r.LastError, r.Attempts) : default);
        Assert.Equal(MailStatuses.Pending, deliveries.Single(d => d.Id == postponed.Id).Status);

        // A second record of the same delivery changes nothing.
        await Mail.MarkSentAsync(sent.Id, ContractData.Later(5));
        Assert.Equal(ContractData.Later(1), (await Mail.ListForBookingAsync(booking.Id)).Single(d => d.Id == sent.Id).SentAt);
    }

    [Fact]
    public async Task A_move_withdraws_the_reminders_not_yet_sent_and_queues_the_new_ones()
    {
        var booking = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10));
        var oldReminder = Mail(booking, MailKinds.Reminder, ContractData.March(3, 10));
        var confirmation = Mail(booking, MailKinds.Confirmation, ContractData.Now);
        await Bookings.AddAsync(
            ContractData.Write(booking) with { Mail = new MailPlan([confirmation, oldReminder]) }, ContractData.ClaimUntil(booking), ContractData.Conditions());

        var moved = booking with { Start = ContractData.March(5, 10), End = ContractData.March(5, 10, 45), Version = 2, Sequence = 1 };
        var newReminder = Mail(moved, MailKinds.Reminder, ContractData.March(4, 10));
        var update = Mail(moved, MailKinds.Update, ContractData.Now);
        var write = ContractData.Write(moved) with { Mail = new MailPlan([update, newReminder], WithdrawRemindersOf: booking.Id) };
        Assert.Equal(BookingMove.Moved, await Bookings.MoveAsync(write, 1, ContractData.ClaimUntil(moved)));

        var deliveries = await Mail.ListForBookingAsync(booking.Id);
        Assert.Equal(MailStatuses.Withdrawn, deliveries.Single(d => d.Id == oldReminder.Id).Status);
        Assert.Equal(MailStatuses.Pending, deliveries.Single(d => d.Id == confirmation.Id).Status);
        Assert.Equal([confirmation.Id, update.Id, newReminder.Id], (await Mail.FetchDueAsync(ContractData.March(6, 0), 10)).Select(m => m.Id));

        await Mail.WithdrawAsync(newReminder.Id);
        Assert.Equal([confirmation.Id, update.Id], (await Mail.FetchDueAsync(ContractData.March(6, 0), 10)).Select(m => m.Id));
    }

    private static QueuedMail Mail(Booking booking, string kind, Instant dueAt, Instant? expiresAt = null)
    {
        var id = Guid.CreateVersion7();
        return new QueuedMail(id, $"{id:N}.{kind}@contract-hub.hubs.local", kind, booking.Id, booking.Intake.Email,
            ContractData.Now, dueAt, [1, 2, 3, (byte)kind.Length], expiresAt);
    }
}

using Hubs.Contracts.Consultations;
using Hubs.Contracts.Referrals;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Referrals;
using Hubs.ServiceDefaults.Outbox;
using NodaTime;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// What every <see cref="IReferralStore"/> does: a referral is stored once however often it arrives, one booking per
/// referral (claims), newer statuses only, and each change with its message or not at all.
/// </summary>
public abstract class ReferralStoreContract : StoreContract
{
    protected ReferralStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IReferralStore Referrals => Port<IReferralStore>();

    [Fact]
    public async Task An_incoming_referral_is_stored_once_and_reads_back_whole()
    {
        var referral = Incoming(ContractData.Later(0));

        Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
        Assert.False(await Referrals.AddIncomingAsync(referral with { Note = "Redelivered" }, ContractData.Event()));

        var stored = await Referrals.GetIncomingAsync(referral.ReferralId);
        Assert.NotNull(stored);
        Assert.Equal(referral.Intake.Topics, stored.Intake.Topics);
        Assert.Equal(referral, stored with { Intake = stored.Intake with { Topics = referral.Intake.Topics } });
        Assert.Equal(1, await Outbox.CountUnsentAsync());
        Assert.Null(await Referrals.GetIncomingAsync(Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Incoming_referrals_are_listed_newest_first_by_status()
    {
        var older = Incoming(ContractData.Later(0));
        var newer = Incoming(ContractData.Later(10));
        var newest = Incoming(ContractData.Later(20)) with { FromHubId = null, Note = null };
        foreach (var referral in new[] { newer, newest, older })
        {
            Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
        }

        await BookAsync(newer, Guid.CreateVersion7());

        Assert.Equal([newest.ReferralId, newer.ReferralId, older.ReferralId], (await Referrals.ListIncomingAsync(null, 10)).Select(r => r.ReferralId));
        Assert.Equal([newest.ReferralId, older.ReferralId], (await Referrals.ListIncomingAsync(ReferralStatuses.Open, 10)).Select(r => r.ReferralId));
        Assert.Equal([newest.ReferralId], (await Referrals.ListIncomingAsync(ReferralStatuses.Open, 1)).Select(r => r.ReferralId));
    }

    [Fact]
    public async Task Of_concurrent_claims_one_holds_the_referral_until_released_or_stale()
    {
        var referral = Incoming(ContractData.Later(0));
        Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
        var tokens = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToList();
        var now = ContractData.Later(60);

        var claims = await AllAtOnceAsync(tokens.Count, i => Referrals.ClaimAsync(referral.ReferralId, tokens[i], now, now - Duration.FromMinutes(5)));

        var holder = tokens[Assert.Single(Enumerable.Range(0, claims.Length), i => claims[i])];
        var other = Guid.CreateVersion7();
        Assert.False(await Referrals.ClaimAsync(referral.ReferralId, other, now + Duration.FromMinutes(1), now - Duration.FromMinutes(4)));
        await Referrals.ReleaseAsync(referral.ReferralId, other);
        Assert.False(await Referrals.ClaimAsync(referral.ReferralId, other, now + Duration.FromMinutes(1), now - Duration.FromMinutes(4)));
        await Referrals.ReleaseAsync(referral.ReferralId, holder);
        Assert.True(await Referrals.ClaimAsync(referral.ReferralId, other, now + Duration.FromMinutes(1), now - Duration.FromMinutes(4)));

        // A claim older than staleBefore is abandoned: another may take it over.
        var later = now + Duration.FromMinutes(20);
        Assert.True(await Referrals.ClaimAsync(referral.ReferralId, holder, later, later - Duration.FromMinutes(5)));
    }

    [Fact]
    public async Task Only_the_claim_holder_marks_a_referral_booked_with_its_event()
    {
        var referral = Incoming(ContractData.Later(0));
        Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
        var token = Guid.CreateVersion7();
        var bookingId = Guid.CreateVersion7();
        Assert.True(await Referrals.ClaimAsync(referral.ReferralId, token, ContractData.Later(5), ContractData.Now));
        var announced = new List<IncomingReferral>();
        OutboxMessage Announce(IncomingReferral r)
        {
            announced.Add(r);
            return ContractData.Event();
        }

        Assert.Null(await Referrals.MarkBookedAsync(referral.ReferralId, Guid.CreateVersion7(), bookingId, ContractData.Later(6), Announce));
        var booked = await Referrals.MarkBookedAsync(referral.ReferralId, token, bookingId, ContractData.Later(6), Announce);

        Assert.NotNull(booked);
        Assert.Equal((ReferralStatuses.Booked, 2L, bookingId, ContractData.Later(6)), (booked.Status, booked.Version, booked.BookingId, booked.UpdatedAt));
        Assert.Equal(booked.ReferralId, Assert.Single(announced).ReferralId);
        Assert.Equal(2, await Outbox.CountUnsentAsync());
        Assert.Null(await Referrals.MarkBookedAsync(referral.ReferralId, token, bookingId, ContractData.Later(7), Announce));
        Assert.False(await Referrals.ClaimAsync(referral.ReferralId, Guid.CreateVersion7(), ContractData.Later(8), ContractData.Later(8)));
    }

    [Fact]
    public async Task Only_an_open_referral_nobody_is_booking_is_declined_with_its_reason_and_event()
    {
        var (open, claimed, booked) = (Incoming(ContractData.Later(0)), Incoming(ContractData.Later(1)), Incoming(ContractData.Later(2)));
        foreach (var referral in new[] { open, claimed, booked })
        {
            Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
        }

        Assert.True(await Referrals.ClaimAsync(claimed.ReferralId, Guid.CreateVersion7(), ContractData.Later(5), ContractData.Now));
        await BookAsync(booked, Guid.CreateVersion7());
        var before = await Outbox.CountUnsentAsync();
        var announced = new List<IncomingReferral>();
        OutboxMessage Announce(IncomingReferral r)
        {
            announced.Add(r);
            return ContractData.Event();
        }

        var declined = await Referrals.DeclineAsync(open.ReferralId, "Nessun esperto di bandi AI.", ContractData.Later(40), ContractData.Later(10), Announce);

        Assert.NotNull(declined);
        Assert.Equal((ReferralStatuses.Declined, 2L, "Nessun esperto di bandi AI.", ContractData.Later(40), ContractData.Later(40)),
            (declined.Status, declined.Version, declined.DeclineReason, declined.DeclinedAt, declined.UpdatedAt));
        Assert.Equal(declined, await Referrals.GetIncomingAsync(open.ReferralId) is { } read ? read with { Intake = declined.Intake } : null);
        Assert.Equal(ReferralStatuses.Declined, Assert.Single(announced).Status);
        Assert.Equal(before + 1, await Outbox.CountUnsentAsync());

        // Declined once; a referral being booked (a fresh claim) or already booked is not declined, and nothing is announced.
        Assert.Null(await Referrals.DeclineAsync(open.ReferralId, "Di nuovo.", ContractData.Later(41), ContractData.Later(10), Announce));
        Assert.Null(await Referrals.DeclineAsync(claimed.ReferralId, "Occupato.", ContractData.Later(41), ContractData.Now, Announce));
        Assert.Null(await Referrals.DeclineAsync(booked.ReferralId, "Prenotato.", ContractData.Later(41), ContractData.Later(10), Announce));
        Assert.Single(announced);
        Assert.Equal(before + 1, await Outbox.CountUnsentAsync());
        Assert.Null((await Referrals.GetIncomingAsync(claimed.ReferralId))!.DeclineReason);
        // A claim older than staleBefore was abandoned: the referral can be declined.
        Assert.NotNull(await Referrals.DeclineAsync(claimed.ReferralId, "Occupato.", ContractData.Later(60), ContractData.Later(50), Announce));
        Assert.Equal([claimed.ReferralId, declined.ReferralId], (await Referrals.ListIncomingAsync(ReferralStatuses.Declined, 10)).Select(r => r.ReferralId));
    }

    [Fact]
    public async Task Settling_closes_referrals_whose_meeting_has_an_outcome_and_reopens_those_cancelled()
    {
        var bookings = Port<IBookingStore>();
        var (held, cancelled, pending) = (Incoming(ContractData.Later(0)), Incoming(ContractData.Later(1)), Incoming(ContractData.Later(2)));
        var meetings = new Dictionary<Guid, Booking>();
        foreach (var referral in new[] { held, cancelled, pending })
        {
            Assert.True(await Referrals.AddIncomingAsync(referral, ContractData.Event()));
            var meeting = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10));
            Assert.Equal(BookingClaim.Booked, await bookings.AddAsync(ContractData.Write(meeting), ContractData.ClaimUntil(meeting), ContractData.Conditions()));
            await BookAsync(referral, meeting.Id);
            meetings[referral.ReferralId] = meeting;
        }

        var outcome = new MeetingOutcome(Attendances.Held, OutcomeCategories.GrantSupport, null, null, ContractData.March(4, 11));
        Assert.True(await bookings.UpdateAsync(ContractData.Write(meetings[held.ReferralId] with { Status = BookingStatuses.Held, Version = 2, Outcome = outcome }), 1, false));
        Assert.True(await bookings.UpdateAsync(ContractData.Write(meetings[cancelled.ReferralId] with { Status = BookingStatuses.Cancelled, Version = 2 }), 1, true));
        var before = await Outbox.CountUnsentAsync();

        var changed = await Referrals.SettleAsync(ContractData.Later(600), _ => ContractData.Event());

        Assert.Equal(new[] { held.ReferralId, cancelled.ReferralId }.Order(), changed.Select(r => r.ReferralId).Order());
        var closed = await Referrals.GetIncomingAsync(held.ReferralId);
        Assert.Equal((ReferralStatuses.Closed, 3L, meetings[held.ReferralId].Id), (closed!.Status, closed.Version, closed.BookingId));
        var reopened = await Referrals.GetIncomingAsync(cancelled.ReferralId);
        Assert.Equal((ReferralStatuses.Open, 3L, (Guid?)null), (reopened!.Status, reopened.Version, reopened.BookingId));
        Assert.Equal(ReferralStatuses.Booked, (await Referrals.GetIncomingAsync(pending.ReferralId))!.Status);
        Assert.Equal(before + 2, await Outbox.CountUnsentAsync());
        Assert.Empty(await Referrals.SettleAsync(ContractData.Later(700), _ => ContractData.Event()));
    }

    [Fact]
    public async Task An_outgoing_referral_is_stored_once_per_meeting_and_hub_and_takes_only_newer_statuses()
    {
        var first = Outgoing(Guid.CreateVersion7(), "ivrea", ContractData.Later(0));
        Assert.Equal(first, await Referrals.AddOutgoingAsync(first, ContractData.Event(destination: "queue:hub-ivrea")));
        var again = Outgoing(first.BookingId, "ivrea", ContractData.Later(5));

        Assert.Equal(first, await Referrals.AddOutgoingAsync(again, ContractData.Event(destination: "queue:hub-ivrea")));
        Assert.Equal(1, await Outbox.CountUnsentAsync());

        Assert.False(await Referrals.ApplyStatusAsync(first.ReferralId, "bari", ReferralStatuses.Open, 1, ContractData.Later(10)));
        Assert.True(await Referrals.ApplyStatusAsync(first.ReferralId, "ivrea", ReferralStatuses.Booked, 2, ContractData.Later(10)));
        Assert.False(await Referrals.ApplyStatusAsync(first.ReferralId, "ivrea", ReferralStatuses.Open, 1, ContractData.Later(11)));
        Assert.False(await Referrals.ApplyStatusAsync(first.ReferralId, "ivrea", ReferralStatuses.Booked, 2, ContractData.Later(12)));
        Assert.False(await Referrals.ApplyStatusAsync(Guid.CreateVersion7(), "ivrea", ReferralStatuses.Open, 1, ContractData.Later(12)));

        var other = Outgoing(first.BookingId, "bari", ContractData.Later(20));
        Assert.Equal(other, await Referrals.AddOutgoingAsync(other, ContractData.Event(destination: "queue:hub-bari")));
        var listed = await Referrals.ListOutgoingAsync(10);
        Assert.Equal([other.ReferralId, first.ReferralId], listed.Select(r => r.ReferralId));
        Assert.Equal(first with { Status = ReferralStatuses.Booked, StatusVersion = 2, UpdatedAt = ContractData.Later(10) }, listed[1]);
    }

    private async Task BookAsync(IncomingReferral referral, Guid bookingId)
    {
        var token = Guid.CreateVersion7();
        Assert.True(await Referrals.ClaimAsync(referral.ReferralId, token, ContractData.Later(30), ContractData.Now));
        Assert.NotNull(await Referrals.MarkBookedAsync(referral.ReferralId, token, bookingId, ContractData.Later(31), _ => ContractData.Event()));
    }

    private static IncomingReferral Incoming(Instant receivedAt) => new()
    {
        ReferralId = Guid.CreateVersion7(),
        FromHubId = "ivrea",
        Status = ReferralStatuses.Open,
        Version = 1,
        Intake = new BusinessIntake
        {
            CompanyName = "Rinvii Srl",
            VatNumber = null,
            AtecoSection = "J",
            SizeClass = "micro",
            ProvinceCode = "TO",
            Topics = ["ai", "grants"],
            Need = "Un bando per l'intelligenza artificiale.",
            Email = $"{Guid.NewGuid():N}@example.it",
            ConsentVersion = "v2",
        },
        ConsentAt = receivedAt,
        Note = "Vista a Ivrea, serve un esperto di bandi.",
        ReceivedAt = receivedAt,
        UpdatedAt = receivedAt,
    };

    private static OutgoingReferral Outgoing(Guid bookingId, string toHubId, Instant at) => new()
    {
        ReferralId = Guid.CreateVersion7(),
        ToHubId = toHubId,
        BookingId = bookingId,
        Status = ReferralDesk.Sent,
        StatusVersion = 0,
        ConsentVersion = "v2",
        CreatedAt = at,
        UpdatedAt = at,
    };
}

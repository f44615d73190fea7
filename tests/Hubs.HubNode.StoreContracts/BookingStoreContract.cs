using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Outcomes;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// The store's own guarantees, without the desk's friendly pre-checks in front of it: whatever a caller asks, two
/// bookings whose [start, end + buffer) overlap for one expert are never both stored; a business never holds more open
/// bookings than allowed; a follow-up joins only a case that recommends one; every write is whole, events included.
/// </summary>
public abstract class BookingStoreContract : StoreContract
{
    protected BookingStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IBookingStore Bookings => Port<IBookingStore>();

    [Fact]
    public async Task A_booking_reads_back_field_for_field_and_its_events_are_in_the_outbox()
    {
        var write = ContractData.Write(ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10)) with { Sequence = 2 }, events: 2);

        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(write, ContractData.ClaimUntil(write.Booking), ContractData.Conditions()));

        ContractAssert.Same(write.Booking, await Bookings.GetAsync(write.Booking.Id));
        Assert.Equal(write.Events.Select(e => e.EventId), (await Outbox.FetchUnsentAsync(10)).Select(e => e.EventId));
        Assert.Null(await Bookings.GetAsync(Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Concurrent_overlapping_claims_leave_no_two_overlapping_bookings()
    {
        var expert = Guid.CreateVersion7();
        var random = new Random(7);

        // 60 claims on starts every 5 minutes between 10:00 and 12:00, 45 or 60 minutes long: most of them collide.
        var bookings = Enumerable.Range(0, 60)
            .Select(_ => ContractData.Booking(expert, ContractData.March(4, 10) + Duration.FromMinutes(5 * random.Next(24))))
            .Select(b => random.Next(3) == 0 ? b with { End = b.Start + Duration.FromMinutes(60) } : b)
            .ToList();
        var claims = await AllAtOnceAsync(bookings.Count, i =>
            Bookings.AddAsync(ContractData.Write(bookings[i]), ContractData.ClaimUntil(bookings[i]), ContractData.Conditions()));

        var stored = bookings.Where((_, i) => claims[i] == BookingClaim.Booked).OrderBy(b => b.Start).ToList();
        Assert.NotEmpty(stored);
        Assert.All(claims, c => Assert.True(c is BookingClaim.Booked or BookingClaim.SlotTaken, $"{c}"));
        for (var i = 1; i < stored.Count; i++)
        {
            Assert.True(stored[i].Start >= stored[i - 1].End + ContractData.Buffer, $"{stored[i - 1].Interval} and {stored[i].Interval} overlap");
        }

        var busy = await Bookings.ListBusyAsync([expert], new Interval(ContractData.March(4, 0), ContractData.March(5, 0)));
        Assert.Equal(stored.Select(b => b.Interval), busy.Select(b => b.Interval).OrderBy(i => i.Start));
        Assert.Equal(stored.Count, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task The_buffer_after_a_meeting_is_held_to_the_minute()
    {
        var expert = Guid.CreateVersion7();
        var first = ContractData.Booking(expert, ContractData.March(4, 10));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(first), ContractData.ClaimUntil(first), ContractData.Conditions()));

        var tooSoon = ContractData.Booking(expert, first.End + ContractData.Buffer - Duration.FromMinutes(1));
        var justAfter = ContractData.Booking(expert, first.End + ContractData.Buffer);
        var otherExpert = ContractData.Booking(Guid.CreateVersion7(), first.Start);

        Assert.Equal(BookingClaim.SlotTaken, await Bookings.AddAsync(ContractData.Write(tooSoon), ContractData.ClaimUntil(tooSoon), ContractData.Conditions()));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(justAfter), ContractData.ClaimUntil(justAfter), ContractData.Conditions()));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(otherExpert), ContractData.ClaimUntil(otherExpert), ContractData.Conditions()));
        Assert.Null(await Bookings.GetAsync(tooSoon.Id));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_failed_move_keeps_the_old_claim_and_a_cancel_releases_it()
    {
        var expert = Guid.CreateVersion7();
        var mine = ContractData.Booking(expert, ContractData.March(4, 10));
        var theirs = ContractData.Booking(expert, ContractData.March(4, 14));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(mine), ContractData.ClaimUntil(mine), ContractData.Conditions()));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(theirs), ContractData.ClaimUntil(theirs), ContractData.Conditions()));

        var onto = mine with { Start = theirs.Start, End = theirs.End, Version = 2 };
        Assert.Equal(BookingMove.SlotTaken, await Bookings.MoveAsync(ContractData.Write(onto), 1, ContractData.ClaimUntil(onto)));
        Assert.Equal(BookingMove.Stale, await Bookings.MoveAsync(ContractData.Write(onto with { Start = ContractData.March(5, 10) }), 7, ContractData.March(5, 11)));
        ContractAssert.Same(mine, await Bookings.GetAsync(mine.Id));
        var clash = ContractData.Booking(expert, ContractData.March(4, 10, 30));
        Assert.Equal(BookingClaim.SlotTaken, await Bookings.AddAsync(ContractData.Write(clash), ContractData.ClaimUntil(clash), ContractData.Conditions()));

        var cancelled = mine with { Status = BookingStatuses.Cancelled, Version = 2, Sequence = 1, CancelledAt = ContractData.Later(5) };
        Assert.True(await Bookings.UpdateAsync(ContractData.Write(cancelled), 1, releaseTime: true));
        Assert.False(await Bookings.UpdateAsync(ContractData.Write(cancelled with { Version = 3 }), 1, releaseTime: true));
        ContractAssert.Same(cancelled, await Bookings.GetAsync(mine.Id));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(clash), ContractData.ClaimUntil(clash), ContractData.Conditions()));
        Assert.Equal(4, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_move_frees_the_old_time_and_may_overlap_it()
    {
        var expert = Guid.CreateVersion7();
        var booking = ContractData.Booking(expert, ContractData.March(4, 10));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(booking), ContractData.ClaimUntil(booking), ContractData.Conditions()));

        var moved = booking with { Start = booking.Start + Duration.FromMinutes(15), End = booking.End + Duration.FromMinutes(15), Version = 2, Sequence = 1 };
        Assert.Equal(BookingMove.Moved, await Bookings.MoveAsync(ContractData.Write(moved), 1, ContractData.ClaimUntil(moved)));

        ContractAssert.Same(moved, await Bookings.GetAsync(booking.Id));
        var early = ContractData.Booking(expert, ContractData.March(4, 9, 15));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(early), ContractData.ClaimUntil(early), ContractData.Conditions()));
        var late = ContractData.Booking(expert, moved.End);
        Assert.Equal(BookingClaim.SlotTaken, await Bookings.AddAsync(ContractData.Write(late), ContractData.ClaimUntil(late), ContractData.Conditions()));
        Assert.Equal(BookingMove.Stale, await Bookings.MoveAsync(ContractData.Write(moved with { Version = 3 }), 1, ContractData.ClaimUntil(moved)));
    }

    [Fact]
    public async Task A_business_holds_at_most_the_allowed_open_bookings_and_past_or_cancelled_ones_do_not_count()
    {
        const string email = "titolare@contratti.example.it";
        var expert = Guid.CreateVersion7();
        var conditions = ContractData.Conditions(maxOpen: 2);
        var past = ContractData.Booking(expert, ContractData.March(1, 10), email: email);
        var first = ContractData.Booking(expert, ContractData.March(4, 10), email: email);
        var second = ContractData.Booking(expert, ContractData.March(4, 14), email: email);
        var third = ContractData.Booking(expert, ContractData.March(5, 10), email: email);
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(past), ContractData.ClaimUntil(past), conditions));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(first), ContractData.ClaimUntil(first), conditions));
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(second), ContractData.ClaimUntil(second), conditions));

        Assert.Equal(BookingClaim.BusinessLimitReached, await Bookings.AddAsync(ContractData.Write(third), ContractData.ClaimUntil(third), conditions));
        Assert.Null(await Bookings.GetAsync(third.Id));
        var someoneElse = ContractData.Booking(expert, third.Start);
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(someoneElse), ContractData.ClaimUntil(someoneElse), conditions));

        Assert.True(await Bookings.UpdateAsync(ContractData.Write(second with { Status = BookingStatuses.Cancelled, Version = 2 }), 1, releaseTime: true));
        var fourth = ContractData.Booking(expert, ContractData.March(6, 10), email: email);
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(fourth), ContractData.ClaimUntil(fourth), conditions));
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_business_never_pass_its_limit()
    {
        const string email = "fretta@contratti.example.it";
        var bookings = Enumerable.Range(0, 12)
            .Select(i => ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10), email: email))
            .ToList();

        var claims = await AllAtOnceAsync(bookings.Count, i =>
            Bookings.AddAsync(ContractData.Write(bookings[i]), ContractData.ClaimUntil(bookings[i]), ContractData.Conditions(maxOpen: 2)));

        Assert.Equal(2, claims.Count(c => c == BookingClaim.Booked));
        Assert.Equal(10, claims.Count(c => c == BookingClaim.BusinessLimitReached));
        Assert.Equal(2, (await Bookings.ListAsync(new BookingFilter(null, null, null, BookingStatuses.Booked, 100))).Count);
        Assert.Equal(2, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_followup_joins_only_a_case_of_this_hub_and_business_whose_latest_outcome_recommends_one()
    {
        const string email = "seguito@contratti.example.it";
        var expert = Guid.CreateVersion7();
        var brainstorming = ContractData.Booking(expert, ContractData.March(3, 10), email: email);
        Assert.Equal(BookingClaim.Booked, await Bookings.AddAsync(ContractData.Write(brainstorming), ContractData.ClaimUntil(brainstorming), ContractData.Conditions()));
        Booking Followup(int day, string? by = null, Guid? caseId = null) =>
            ContractData.Booking(expert, ContractData.March(day, 15), ConsultationKind.Followup, by ?? email, caseId ?? brainstorming.CaseId);

        Assert.Equal(BookingClaim.CaseUnknown, await AddAsync(Followup(10, caseId: Guid.CreateVersion7())));
        Assert.Equal(BookingClaim.CaseOfAnotherBusiness, await AddAsync(Followup(10, by: "altro@example.it")));
        Assert.Equal(BookingClaim.FollowupNotRecommended, await AddAsync(Followup(10)));

        await RecordAsync(brainstorming, Attendances.Held, OutcomeCategories.FollowUpRecommended);
        var followup = Followup(10);
        Assert.Equal(BookingClaim.Booked, await AddAsync(followup));
        Assert.Equal(BookingClaim.FollowupAlreadyBooked, await AddAsync(Followup(11)));

        // Once that follow-up is held and closes the case, the latest outcome no longer recommends another.
        await RecordAsync(followup, Attendances.Held, OutcomeCategories.Closed);
        Assert.Equal(BookingClaim.FollowupNotRecommended, await AddAsync(Followup(12)));
    }

    [Fact]
    public async Task A_followup_of_a_case_opened_at_another_hub_is_refused()
    {
        var brainstorming = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(3, 10), hubId: "other-hub");
        Assert.Equal(BookingClaim.Booked, await AddAsync(brainstorming));
        await RecordAsync(brainstorming, Attendances.Held, OutcomeCategories.FollowUpRecommended);

        var followup = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(10, 10), ConsultationKind.Followup, brainstorming.Intake.Email, brainstorming.CaseId);

        Assert.Equal(BookingClaim.CaseUnknown, await AddAsync(followup));
    }

    [Fact]
    public async Task An_outcome_is_stored_only_from_the_version_read_and_reads_back_whole()
    {
        var booking = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(4, 10));
        Assert.Equal(BookingClaim.Booked, await AddAsync(booking));
        var held = booking with
        {
            Status = BookingStatuses.Held,
            Version = 3,
            UpdatedAt = ContractData.Later(90),
            Outcome = new MeetingOutcome(Attendances.Held, OutcomeCategories.GrantSupport, "Note interne.", "PNRR-M1C2", ContractData.Later(90)),
        };
        var write = ContractData.Write(held, events: 2);

        Assert.False(await Bookings.UpdateAsync(write, expectedVersion: 2, releaseTime: false));
        Assert.True(await Bookings.UpdateAsync(write, expectedVersion: 1, releaseTime: false));

        ContractAssert.Same(held, await Bookings.GetAsync(booking.Id));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
        var clash = ContractData.Booking(booking.ExpertId, booking.Start);
        Assert.Equal(BookingClaim.SlotTaken, await AddAsync(clash));
    }

    [Fact]
    public async Task Bookings_are_listed_by_start_within_the_filter()
    {
        var anna = Guid.CreateVersion7();
        var bruno = Guid.CreateVersion7();
        var a1 = ContractData.Booking(anna, ContractData.March(4, 14));
        var a2 = ContractData.Booking(anna, ContractData.March(4, 10));
        var b1 = ContractData.Booking(bruno, ContractData.March(4, 10));
        var b2 = ContractData.Booking(bruno, ContractData.March(5, 10));
        foreach (var booking in new[] { a1, a2, b1, b2 })
        {
            Assert.Equal(BookingClaim.Booked, await AddAsync(booking));
        }

        Assert.True(await Bookings.UpdateAsync(ContractData.Write(a1 with { Status = BookingStatuses.Cancelled, Version = 2 }), 1, releaseTime: true));
        var day = (From: ContractData.March(4, 0), To: ContractData.March(5, 0));

        var sameStart = new[] { a2, b1 }.OrderBy(b => b.Id.ToString("D"), StringComparer.Ordinal).Select(b => b.Id);
        Assert.Equal([.. sameStart, a1.Id], await IdsAsync(new BookingFilter(day.From, day.To, null, null, 100)));
        Assert.Equal([a2.Id, a1.Id], await IdsAsync(new BookingFilter(null, null, anna, null, 100)));
        Assert.Equal([a1.Id], await IdsAsync(new BookingFilter(null, null, null, BookingStatuses.Cancelled, 100)));
        Assert.Equal([b2.Id], await IdsAsync(new BookingFilter(day.To, null, null, null, 100)));
        Assert.Equal(2, (await IdsAsync(new BookingFilter(null, null, null, null, 2))).Count);
    }

    [Fact]
    public async Task Busy_times_are_the_meetings_not_cancelled_of_the_experts_asked_overlapping_the_window()
    {
        var anna = Guid.CreateVersion7();
        var bruno = Guid.CreateVersion7();
        var morning = ContractData.Booking(anna, ContractData.March(4, 10));
        var cancelled = ContractData.Booking(anna, ContractData.March(4, 14));
        var tomorrow = ContractData.Booking(anna, ContractData.March(5, 10));
        var other = ContractData.Booking(bruno, ContractData.March(4, 10));
        foreach (var booking in new[] { morning, cancelled, tomorrow, other })
        {
            Assert.Equal(BookingClaim.Booked, await AddAsync(booking));
        }

        Assert.True(await Bookings.UpdateAsync(ContractData.Write(cancelled with { Status = BookingStatuses.Cancelled, Version = 2 }), 1, releaseTime: true));

        // The window starts mid-meeting and ends exactly where tomorrow's begins: overlap, not touch.
        var busy = await Bookings.ListBusyAsync([anna], new Interval(morning.Start + Duration.FromMinutes(30), tomorrow.Start));

        Assert.Equal([new BusyTime(anna, morning.Interval)], busy);
        Assert.Empty(await Bookings.ListBusyAsync([], new Interval(ContractData.March(1, 0), ContractData.March(9, 0))));
    }

    private Task<BookingClaim> AddAsync(Booking booking) =>
        Bookings.AddAsync(ContractData.Write(booking), ContractData.ClaimUntil(booking), ContractData.Conditions());

    private async Task RecordAsync(Booking booking, string attendance, string category)
    {
        var stored = await Bookings.GetAsync(booking.Id);
        var outcome = new MeetingOutcome(attendance, category, null, null, stored!.End + Duration.FromMinutes(5));
        Assert.True(await Bookings.UpdateAsync(
            ContractData.Write(stored with { Status = BookingStatuses.Held, Version = stored.Version + 1, Outcome = outcome }), stored.Version, releaseTime: false));
    }

    private async Task<List<Guid>> IdsAsync(BookingFilter filter) => [.. (await Bookings.ListAsync(filter)).Select(b => b.Id)];
}

using Hubs.HubNode.Bookings;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>
/// The store's own guarantee, without the desk's friendly pre-checks in front of it: whatever a caller asks, two
/// bookings whose [start, end + buffer) overlap for one expert are never both stored.
/// </summary>
public sealed class BookingStoreTests
{
    private static readonly Duration Buffer = Duration.FromMinutes(15);

    [Fact]
    public async Task Concurrent_overlapping_claims_leave_no_two_overlapping_bookings()
    {
        await using var node = new BookingNode();
        var store = node.Factory.Services.GetRequiredService<IBookingStore>();
        var expert = Guid.CreateVersion7();
        var random = new Random(7);
        var conditions = new BookingConditions(100, BookingNode.DefaultNow);

        // 60 claims on starts every 5 minutes between 10:00 and 12:00, 45 or 60 minutes long: most of them collide.
        // (All brainstormings, so none needs a case; the store claims by start and end, whatever the kind.)
        var bookings = Enumerable.Range(0, 60)
            .Select(_ => New(expert, BookingNode.March(4, 10) + Duration.FromMinutes(5 * random.Next(24)), ConsultationKind.Brainstorming))
            .Select(b => random.Next(3) == 0 ? b with { End = b.Start + Duration.FromMinutes(60) } : b)
            .ToList();
        var claims = await Task.WhenAll(bookings.Select(b => Task.Run(() =>
            store.AddAsync(new BookingWrite(b, []), b.End + Buffer, conditions))));

        var stored = bookings.Where((_, i) => claims[i] == BookingClaim.Booked).OrderBy(b => b.Start).ToList();
        Assert.NotEmpty(stored);
        Assert.All(claims, c => Assert.True(c is BookingClaim.Booked or BookingClaim.SlotTaken));
        for (var i = 1; i < stored.Count; i++)
        {
            Assert.True(stored[i].Start >= stored[i - 1].End + Buffer, $"{stored[i - 1].Interval} and {stored[i].Interval} overlap");
        }

        var busy = await store.ListBusyAsync([expert], new Interval(BookingNode.March(4, 0), BookingNode.March(5, 0)));
        Assert.Equal(stored.Select(b => b.Interval), busy.Select(b => b.Interval).OrderBy(i => i.Start));
    }

    [Fact]
    public async Task A_failed_move_keeps_the_old_claim_and_a_cancel_releases_it()
    {
        await using var node = new BookingNode();
        var store = node.Factory.Services.GetRequiredService<IBookingStore>();
        var expert = Guid.CreateVersion7();
        var conditions = new BookingConditions(100, BookingNode.DefaultNow);
        var mine = New(expert, BookingNode.March(4, 10), ConsultationKind.Brainstorming);
        var theirs = New(expert, BookingNode.March(4, 14), ConsultationKind.Brainstorming);
        Assert.Equal(BookingClaim.Booked, await store.AddAsync(new BookingWrite(mine, []), mine.End + Buffer, conditions));
        Assert.Equal(BookingClaim.Booked, await store.AddAsync(new BookingWrite(theirs, []), theirs.End + Buffer, conditions));

        var onto = mine with { Start = theirs.Start, End = theirs.End, Version = 2 };
        Assert.Equal(BookingMove.SlotTaken, await store.MoveAsync(new BookingWrite(onto, []), 1, onto.End + Buffer));
        Assert.Equal(BookingMove.Stale, await store.MoveAsync(new BookingWrite(onto with { Start = BookingNode.March(5, 10) }, []), 7, BookingNode.March(5, 11)));
        Assert.Equal(mine.Start, (await store.GetAsync(mine.Id))!.Start);
        var clash = New(expert, BookingNode.March(4, 10, 30), ConsultationKind.Brainstorming);
        Assert.Equal(BookingClaim.SlotTaken, await store.AddAsync(new BookingWrite(clash, []), clash.End + Buffer, conditions));

        var cancelled = mine with { Status = BookingStatuses.Cancelled, Version = 2 };
        Assert.True(await store.UpdateAsync(new BookingWrite(cancelled, []), 1, releaseTime: true));
        Assert.False(await store.UpdateAsync(new BookingWrite(cancelled with { Version = 3 }, []), 1, releaseTime: true));
        Assert.Equal(BookingClaim.Booked, await store.AddAsync(new BookingWrite(clash, []), clash.End + Buffer, conditions));
    }

    private static Booking New(Guid expert, Instant start, ConsultationKind kind)
    {
        var id = Guid.CreateVersion7();
        return new Booking
        {
            Id = id,
            HubId = TestHub.Id,
            CaseId = Guid.CreateVersion7(),
            ExpertId = expert,
            Kind = kind,
            Start = start,
            End = start + kind.Length(),
            TimeZone = "Europe/Rome",
            Status = BookingStatuses.Booked,
            Version = 1,
            Sequence = 0,
            ManageTokenHash = ManageToken.New().Hash,
            VideoLink = $"https://meet.example/{id}",
            InviteUid = $"{id}@test",
            Intake = new BusinessIntake
            {
                CompanyName = "Store Test",
                AtecoSection = "C",
                SizeClass = "small",
                ProvinceCode = "VA",
                Topics = ["ecommerce"],
                Need = "n",
                Email = $"{id}@example.it",
                ConsentVersion = "v1",
            },
            ConsentAt = BookingNode.DefaultNow,
            CreatedAt = BookingNode.DefaultNow,
            UpdatedAt = BookingNode.DefaultNow,
        };
    }
}

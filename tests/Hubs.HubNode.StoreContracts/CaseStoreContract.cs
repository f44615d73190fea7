using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Slots;

namespace Hubs.HubNode.StoreContracts;

/// <summary>What every <see cref="ICaseStore"/> does: a case of this hub with all its meetings in start order, as the booking store wrote them.</summary>
public abstract class CaseStoreContract : StoreContract
{
    protected CaseStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IBookingStore Bookings => Port<IBookingStore>();

    private ICaseStore Cases => Port<ICaseStore>();

    [Fact]
    public async Task A_case_holds_its_meetings_in_start_order_cancelled_ones_included()
    {
        const string email = "percorso@contratti.example.it";
        var expert = Guid.CreateVersion7();
        var brainstorming = ContractData.Booking(expert, ContractData.March(3, 10), email: email);
        Assert.Equal(BookingClaim.Booked, await AddAsync(brainstorming));
        var held = brainstorming with
        {
            Status = BookingStatuses.Held,
            Version = 2,
            Outcome = new(Attendances.Held, OutcomeCategories.FollowUpRecommended, null, null, ContractData.March(3, 11)),
        };
        Assert.True(await Bookings.UpdateAsync(ContractData.Write(held), 1, releaseTime: false));
        var followup = ContractData.Booking(expert, ContractData.March(10, 10), ConsultationKind.Followup, email, brainstorming.CaseId);
        Assert.Equal(BookingClaim.Booked, await AddAsync(followup));
        var cancelled = followup with { Status = BookingStatuses.Cancelled, Version = 2, Sequence = 1, CancelledAt = ContractData.Now };
        Assert.True(await Bookings.UpdateAsync(ContractData.Write(cancelled), 1, releaseTime: true));
        var again = ContractData.Booking(expert, ContractData.March(9, 10), ConsultationKind.Followup, email, brainstorming.CaseId);
        Assert.Equal(BookingClaim.Booked, await AddAsync(again));

        var found = await Cases.GetAsync(brainstorming.CaseId);

        Assert.NotNull(found);
        Assert.Equal((brainstorming.CaseId, ContractData.HubId, email, brainstorming.CreatedAt), (found.Id, found.HubId, found.BusinessEmail, found.OpenedAt));
        Assert.Equal([brainstorming.Id, again.Id, followup.Id], found.Meetings.Select(m => m.Id));
        ContractAssert.Same(held, found.Meetings[0]);
        ContractAssert.Same(cancelled, found.Meetings[2]);
        Assert.False(found.FollowupBookable);
    }

    [Fact]
    public async Task Unknown_cases_and_cases_of_another_hub_are_not_found()
    {
        var elsewhere = ContractData.Booking(Guid.CreateVersion7(), ContractData.March(3, 10), hubId: "other-hub");
        Assert.Equal(BookingClaim.Booked, await AddAsync(elsewhere));

        Assert.Null(await Cases.GetAsync(elsewhere.CaseId));
        Assert.Null(await Cases.GetAsync(Guid.CreateVersion7()));
    }

    private Task<BookingClaim> AddAsync(Booking booking) =>
        Bookings.AddAsync(ContractData.Write(booking), ContractData.ClaimUntil(booking), ContractData.Conditions());
}

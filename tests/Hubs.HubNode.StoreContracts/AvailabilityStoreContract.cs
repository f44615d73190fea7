using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// What every <see cref="IAvailabilityStore"/> does: availability of active experts only, rules and summary each moved one
/// version up from the versions the writer read, each write with its summary event or not at all.
/// </summary>
public abstract class AvailabilityStoreContract : StoreContract
{
    protected AvailabilityStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IAvailabilityStore Availability => Port<IAvailabilityStore>();

    [Fact]
    public async Task A_first_save_reads_back_rule_for_rule_with_its_summary_and_event()
    {
        var expert = await ActiveExpertAsync();
        Assert.Null(await Availability.GetAsync(expert.Id));
        var write = new AvailabilityWrite(ContractData.Availability(expert.Id), ContractData.Event());

        Assert.True(await Availability.SaveAsync(write, expectedVersion: 0, expectedSummaryVersion: 0));

        ContractAssert.Same(write.Availability, await Availability.GetAsync(expert.Id));
        Assert.Contains(write.Event.EventId, (await Outbox.FetchUnsentAsync(10)).Select(e => e.EventId));
    }

    [Fact]
    public async Task A_save_without_a_summary_reads_back_without_one()
    {
        var expert = await ActiveExpertAsync();
        var availability = ContractData.Availability(expert.Id) with { Summary = null };

        Assert.True(await Availability.SaveAsync(new AvailabilityWrite(availability, ContractData.Event()), 0, 0));

        ContractAssert.Same(availability, await Availability.GetAsync(expert.Id));
    }

    [Fact]
    public async Task Availability_is_stored_only_for_an_active_expert()
    {
        var retired = await ActiveExpertAsync();
        Assert.True(await Port<IExpertStore>().UpdateAsync(ContractData.Write(retired with { Version = 2, RetiredAt = ContractData.Stamp(1) }), 1));
        var before = await Outbox.CountUnsentAsync();

        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(ContractData.Availability(retired.Id), ContractData.Event()), 0, 0));
        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(ContractData.Availability(Guid.CreateVersion7()), ContractData.Event()), 0, 0));

        Assert.Null(await Availability.GetAsync(retired.Id));
        Assert.Equal(before, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Rules_move_only_from_the_stored_versions_and_one_version_up()
    {
        var expert = await ActiveExpertAsync();
        var first = ContractData.Availability(expert.Id);
        Assert.True(await Availability.SaveAsync(new AvailabilityWrite(first, ContractData.Event()), 0, 0));
        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(first, ContractData.Event()), 0, 0));
        var next = first with { Rules = ContractData.Rules(bufferMinutes: 30), Version = 2, SummaryVersion = 2, UpdatedAt = ContractData.Later(60) };

        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(next, ContractData.Event()), expectedVersion: 2, expectedSummaryVersion: 1));
        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(next, ContractData.Event()), expectedVersion: 1, expectedSummaryVersion: 2));
        Assert.False(await Availability.SaveAsync(new AvailabilityWrite(next with { Version = 3 }, ContractData.Event()), 1, 1));
        Assert.True(await Availability.SaveAsync(new AvailabilityWrite(next, ContractData.Event()), 1, 1));

        ContractAssert.Same(next, await Availability.GetAsync(expert.Id));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_summary_moves_alone_only_from_the_stored_summary_version()
    {
        var expert = await ActiveExpertAsync();
        var first = ContractData.Availability(expert.Id);
        Assert.True(await Availability.SaveAsync(new AvailabilityWrite(first, ContractData.Event()), 0, 0));
        var summary = new AvailabilitySummary(ContractData.March(5, 14, 30), ContractData.March(6, 9), 3, 1);

        Assert.False(await Availability.SaveSummaryAsync(expert.Id, summary, 3, 2, ContractData.Event()));
        Assert.False(await Availability.SaveSummaryAsync(expert.Id, summary, 3, 1, ContractData.Event()));
        Assert.False(await Availability.SaveSummaryAsync(Guid.CreateVersion7(), summary, 1, 0, ContractData.Event()));
        Assert.True(await Availability.SaveSummaryAsync(expert.Id, summary, 2, 1, ContractData.Event()));
        Assert.False(await Availability.SaveSummaryAsync(expert.Id, summary, 2, 1, ContractData.Event()));

        ContractAssert.Same(first with { Summary = summary, SummaryVersion = 2 }, await Availability.GetAsync(expert.Id));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Of_concurrent_summaries_from_one_version_exactly_one_is_stored()
    {
        var expert = await ActiveExpertAsync();
        Assert.True(await Availability.SaveAsync(new AvailabilityWrite(ContractData.Availability(expert.Id), ContractData.Event()), 0, 0));

        var results = await AllAtOnceAsync(8, i => Availability.SaveSummaryAsync(expert.Id, ContractData.Summary(freeSlots: 100 + i), 2, 1, ContractData.Event()));

        var winner = Assert.Single(Enumerable.Range(0, results.Length), i => results[i]);
        Assert.Equal(100 + winner, (await Availability.GetAsync(expert.Id))!.Summary!.FreeBrainstormingSlots);
    }

    [Fact]
    public async Task Every_stored_availability_is_listed_retired_experts_included()
    {
        var kept = await ActiveExpertAsync();
        var leaving = await ActiveExpertAsync();
        foreach (var expert in new[] { kept, leaving })
        {
            Assert.True(await Availability.SaveAsync(new AvailabilityWrite(ContractData.Availability(expert.Id), ContractData.Event()), 0, 0));
        }

        Assert.True(await Port<IExpertStore>().UpdateAsync(ContractData.Write(leaving with { Version = 2, RetiredAt = ContractData.Stamp(1) }), 1));

        Assert.Equal(new[] { kept.Id, leaving.Id }.Order(), (await Availability.ListAsync()).Select(a => a.ExpertId).Order());
    }

    private async Task<Expert> ActiveExpertAsync()
    {
        var expert = ContractData.Expert();
        Assert.True(await Port<IExpertStore>().AddAsync(ContractData.Write(expert)));
        return expert;
    }
}

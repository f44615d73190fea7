using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Snapshots;

namespace Hubs.HubNode.StoreContracts;

/// <summary>What every <see cref="ISnapshotStore"/> does: reads the whole hub state and appends what is made of it after every earlier entry.</summary>
public abstract class SnapshotStoreContract : StoreContract
{
    protected SnapshotStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private ISnapshotStore Snapshots => Port<ISnapshotStore>();

    [Fact]
    public async Task The_state_read_is_the_profile_every_expert_and_every_practice_by_id_and_its_messages_follow_earlier_entries()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.True(await Port<IHubProfileStore>().SaveAsync(ContractData.Profile(), 1, 0, ContractData.Event()));
        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        var experts = Enumerable.Range(0, 3).Select(i => ContractData.Expert($"Expert {i}")).ToList();
        foreach (var expert in experts)
        {
            Assert.True(await Port<IExpertStore>().AddAsync(ContractData.Write(expert)));
        }

        var retired = experts[1] with { Version = 2, RetiredAt = ContractData.Stamp(10) };
        Assert.True(await Port<IExpertStore>().UpdateAsync(ContractData.Write(retired), 1));
        var practices = Enumerable.Range(0, 2).Select(i => ContractData.Practice($"Practice {i}")).ToList();
        foreach (var practice in practices)
        {
            Assert.True(await Port<IPracticeStore>().AddAsync(new PracticeWrite(practice, ContractData.Event())));
        }

        var withdrawn = practices[0] with { Version = 2, UpdatedAt = ContractData.Stamp(20), WithdrawnAt = ContractData.Stamp(20) };
        Assert.True(await Port<IPracticeStore>().UpdateAsync(new PracticeWrite(withdrawn, ContractData.Event()), 1));
        HubState? seen = null;
        List<OutboxMessage> made = [ContractData.Event(), ContractData.Event()];

        var snapshot = await Snapshots.AppendAsync(ContractData.HubId, state =>
        {
            seen = state;
            return new Snapshot(made, Completed());
        });

        Assert.NotNull(seen);
        Assert.Equal(1, seen.Profile!.Version);
        Assert.True(ContractData.Profile().SameAs(seen.Profile.Profile));
        Assert.InRange(seen.ProfileUpdatedAt, before, after);
        Assert.Equal(experts.Select(e => e.Id.ToString("D")).Order(StringComparer.Ordinal), seen.Experts.Select(e => e.Id.ToString("D")));
        ContractAssert.Same(retired, seen.Experts.Single(e => e.Id == retired.Id));
        Assert.Equal(practices.Select(p => p.Id.ToString("D")).Order(StringComparer.Ordinal), seen.Practices.Select(p => p.Id.ToString("D")));
        var seenWithdrawn = seen.Practices.Single(p => p.Id == withdrawn.Id);
        ContractAssert.Same(withdrawn, seenWithdrawn);
        Assert.Same(made, snapshot.Messages);
        var entries = await Outbox.FetchUnsentAsync(100);
        Assert.Equal(made.Select(m => m.EventId), entries.TakeLast(2).Select(e => e.EventId));
        Assert.Equal(10, entries.Count);
    }

    [Fact]
    public async Task A_hub_that_never_announced_reads_without_a_profile()
    {
        HubState? seen = null;

        await Snapshots.AppendAsync(ContractData.HubId, state =>
        {
            seen = state;
            return new Snapshot([ContractData.Event()], Completed());
        });

        Assert.NotNull(seen);
        Assert.Null(seen.Profile);
        Assert.Equal(DateTimeOffset.MinValue, seen.ProfileUpdatedAt);
        Assert.Empty(seen.Experts);
        Assert.Empty(seen.Practices);
        Assert.Equal(1, await Outbox.CountUnsentAsync());
    }

    private static SnapshotCompleted Completed() => new()
    {
        HubId = ContractData.HubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = ContractData.Stamp(),
        Version = 1,
        RequestId = Guid.CreateVersion7(),
        ExpertIds = [],
    };
}

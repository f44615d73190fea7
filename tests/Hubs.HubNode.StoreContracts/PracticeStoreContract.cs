using Hubs.HubNode.Practices;
using Hubs.HubNode.Versioning;

namespace Hubs.HubNode.StoreContracts;

/// <summary>What every <see cref="IPracticeStore"/> does: versioned, conditional writes, each stored with its event or not at all.</summary>
public abstract class PracticeStoreContract : StoreContract
{
    protected PracticeStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IPracticeStore Practices => Port<IPracticeStore>();

    [Fact]
    public async Task An_added_practice_reads_back_field_for_field_with_its_event()
    {
        var practice = ContractData.Practice() with { GrantCallReference = null, ResultsAchieved = "" };
        var write = new VersionedWrite<Practice>(practice, ContractData.Event());

        Assert.True(await Practices.AddAsync(write));

        ContractAssert.Same(practice, await Practices.GetAsync(practice.Id));
        Assert.Equal(write.Event.EventId, Assert.Single(await Outbox.FetchUnsentAsync(10)).EventId);
        Assert.Null(await Practices.GetAsync(Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Adding_a_taken_id_is_refused_and_writes_nothing()
    {
        var practice = ContractData.Practice("Prima");
        Assert.True(await Practices.AddAsync(new VersionedWrite<Practice>(practice, ContractData.Event())));

        Assert.False(await Practices.AddAsync(new VersionedWrite<Practice>(practice with { Title = "Seconda" }, ContractData.Event())));

        Assert.Equal("Prima", (await Practices.GetAsync(practice.Id))!.Title);
        Assert.Equal(1, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task An_update_applies_only_from_the_stored_version_and_a_withdrawn_practice_is_final()
    {
        var practice = ContractData.Practice();
        Assert.True(await Practices.AddAsync(new VersionedWrite<Practice>(practice, ContractData.Event())));
        var edited = practice with { Version = 2, Title = "Export digitale, seconda edizione", Links = [], UpdatedAt = ContractData.Stamp(30) };

        Assert.False(await Practices.UpdateAsync(new VersionedWrite<Practice>(edited, ContractData.Event()), expectedVersion: 2));
        Assert.False(await Practices.UpdateAsync(new VersionedWrite<Practice>(edited with { Version = 3 }, ContractData.Event()), expectedVersion: 1));
        Assert.True(await Practices.UpdateAsync(new VersionedWrite<Practice>(edited, ContractData.Event()), expectedVersion: 1));
        ContractAssert.Same(edited, await Practices.GetAsync(practice.Id));

        var withdrawn = edited with { Version = 3, WithdrawnAt = ContractData.Stamp(60), UpdatedAt = ContractData.Stamp(60) };
        Assert.True(await Practices.UpdateAsync(new VersionedWrite<Practice>(withdrawn, ContractData.Event()), expectedVersion: 2));
        Assert.False(await Practices.UpdateAsync(new VersionedWrite<Practice>(withdrawn with { Version = 4, WithdrawnAt = null }, ContractData.Event()), expectedVersion: 3));

        Assert.Empty(await Practices.ListActiveAsync());
        ContractAssert.Same(withdrawn, await Practices.GetAsync(practice.Id));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Of_concurrent_updates_from_one_version_exactly_one_is_stored()
    {
        var practice = ContractData.Practice();
        Assert.True(await Practices.AddAsync(new VersionedWrite<Practice>(practice, ContractData.Event())));

        var results = await AllAtOnceAsync(8, i => Practices.UpdateAsync(new VersionedWrite<Practice>(practice with { Version = 2, Title = $"Writer {i}" }, ContractData.Event()), 1));

        var winner = Assert.Single(Enumerable.Range(0, results.Length), i => results[i]);
        Assert.Equal($"Writer {winner}", (await Practices.GetAsync(practice.Id))!.Title);
        Assert.Equal(2, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Active_practices_are_listed_most_recently_changed_first()
    {
        var older = ContractData.Practice("Older", secondsAfterNow: 0);
        var newer = ContractData.Practice("Newer", secondsAfterNow: 10);
        var newest = ContractData.Practice("Newest", secondsAfterNow: 20);
        foreach (var practice in new[] { newer, older, newest })
        {
            Assert.True(await Practices.AddAsync(new VersionedWrite<Practice>(practice, ContractData.Event())));
        }

        Assert.Equal([newest.Id, newer.Id, older.Id], (await Practices.ListActiveAsync()).Select(p => p.Id));
    }
}

using Hubs.HubNode.Experts;

namespace Hubs.HubNode.StoreContracts;

/// <summary>What every <see cref="IExpertStore"/> does: versioned, conditional writes, each stored with its event or not at all.</summary>
public abstract class ExpertStoreContract : StoreContract
{
    protected ExpertStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IExpertStore Experts => Port<IExpertStore>();

    [Fact]
    public async Task An_added_expert_reads_back_field_for_field_and_its_event_is_in_the_outbox()
    {
        var write = ContractData.Write(ContractData.Expert());

        Assert.True(await Experts.AddAsync(write));

        ContractAssert.Same(write.Entity, await Experts.GetAsync(write.Entity.Id));
        Assert.Equal(write.Event.EventId, Assert.Single(await Outbox.FetchUnsentAsync(10)).EventId);
        Assert.Null(await Experts.GetAsync(Guid.CreateVersion7()));
    }

    [Fact]
    public async Task Adding_a_taken_id_is_refused_and_writes_nothing()
    {
        var expert = ContractData.Expert("Prima");
        Assert.True(await Experts.AddAsync(ContractData.Write(expert)));

        Assert.False(await Experts.AddAsync(ContractData.Write(expert with { Profile = expert.Profile with { Name = "Seconda" } })));

        Assert.Equal("Prima", (await Experts.GetAsync(expert.Id))!.Profile.Name);
        Assert.Equal(1, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task An_update_applies_only_from_the_stored_version_and_one_version_up()
    {
        var expert = ContractData.Expert();
        Assert.True(await Experts.AddAsync(ContractData.Write(expert)));

        Assert.False(await Experts.UpdateAsync(ContractData.Write(expert with { Version = 3, Profile = expert.Profile with { Name = "Stale" } }), expectedVersion: 2));
        Assert.False(await Experts.UpdateAsync(ContractData.Write(expert with { Version = 3, Profile = expert.Profile with { Name = "Skipping" } }), expectedVersion: 1));
        var changed = expert with { Version = 2, Profile = expert.Profile with { Name = "Anna Verdi Bianchi", Languages = ["it"] }, UpdatedAt = ContractData.Stamp(60) };
        Assert.True(await Experts.UpdateAsync(ContractData.Write(changed), expectedVersion: 1));
        Assert.False(await Experts.UpdateAsync(ContractData.Write(changed with { Profile = changed.Profile with { Name = "Replayed" } }), expectedVersion: 1));

        ContractAssert.Same(changed, await Experts.GetAsync(expert.Id));
        Assert.Equal(2, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Of_concurrent_updates_from_one_version_exactly_one_is_stored()
    {
        var expert = ContractData.Expert();
        Assert.True(await Experts.AddAsync(ContractData.Write(expert)));

        var results = await AllAtOnceAsync(8, i => Experts.UpdateAsync(ContractData.Write(expert with { Version = 2, Profile = expert.Profile with { Name = $"Writer {i}" } }), 1));

        var winner = Assert.Single(Enumerable.Range(0, results.Length), i => results[i]);
        var stored = await Experts.GetAsync(expert.Id);
        Assert.Equal($"Writer {winner}", stored!.Profile.Name);
        Assert.Equal(2, stored.Version);
        Assert.Equal(2, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task A_retired_expert_leaves_the_active_list_stays_readable_and_never_changes_again()
    {
        var expert = ContractData.Expert();
        Assert.True(await Experts.AddAsync(ContractData.Write(expert)));
        var retired = expert with { Version = 2, RetiredAt = ContractData.Stamp(120), UpdatedAt = ContractData.Stamp(120) };

        Assert.True(await Experts.UpdateAsync(ContractData.Write(retired), 1));

        Assert.Empty(await Experts.ListActiveAsync());
        ContractAssert.Same(retired, await Experts.GetAsync(expert.Id));
        Assert.False(await Experts.UpdateAsync(ContractData.Write(retired with { Version = 3, RetiredAt = null }), 2));
    }

    [Fact]
    public async Task Active_experts_are_listed_by_name_then_id()
    {
        var experts = new[] { "Carla", "Bruno", "Anna", "Bruno" }.Select(name => ContractData.Expert(name)).ToList();
        foreach (var expert in experts)
        {
            Assert.True(await Experts.AddAsync(ContractData.Write(expert)));
        }

        var listed = await Experts.ListActiveAsync();

        var expected = experts.OrderBy(e => e.Profile.Name, StringComparer.Ordinal).ThenBy(e => e.Id.ToString("D"), StringComparer.Ordinal).Select(e => e.Id);
        Assert.Equal(expected, listed.Select(e => e.Id));
        ContractAssert.Same(experts[2], listed[0]);
    }

    [Fact]
    public async Task Seeding_writes_every_expert_and_its_event_in_order_into_an_empty_store_only()
    {
        var seed = new[] { "Uno", "Due", "Tre" }.Select(name => ContractData.Write(ContractData.Expert(name))).ToList();

        Assert.True(await Experts.SeedAsync(seed));
        Assert.False(await Experts.SeedAsync([ContractData.Write(ContractData.Expert("Quattro"))]));

        Assert.Equal(seed.Select(w => w.Entity.Id).Order(), (await Experts.ListActiveAsync()).Select(e => e.Id).Order());
        Assert.Equal(seed.Select(w => w.Event.EventId), (await Outbox.FetchUnsentAsync(10)).Select(e => e.EventId));
    }

    [Fact]
    public async Task Seeding_is_refused_once_the_hub_ever_had_an_expert()
    {
        var expert = ContractData.Expert();
        Assert.True(await Experts.AddAsync(ContractData.Write(expert)));
        Assert.True(await Experts.UpdateAsync(ContractData.Write(expert with { Version = 2, RetiredAt = ContractData.Stamp(1) }), 1));

        Assert.False(await Experts.SeedAsync([ContractData.Write(ContractData.Expert("Demo"))]));

        Assert.Empty(await Experts.ListActiveAsync());
    }

    [Fact]
    public async Task Of_concurrent_seeds_exactly_one_is_stored()
    {
        var seeds = Enumerable.Range(0, 4)
            .Select(i => Enumerable.Range(0, 3).Select(j => ContractData.Write(ContractData.Expert($"Seed {i}.{j}"))).ToList())
            .ToList();

        var results = await AllAtOnceAsync(seeds.Count, i => Experts.SeedAsync(seeds[i]));

        var winner = Assert.Single(Enumerable.Range(0, results.Length), i => results[i]);
        Assert.Equal(seeds[winner].Select(w => w.Entity.Id).Order(), (await Experts.ListActiveAsync()).Select(e => e.Id).Order());
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }
}

using Hubs.HubNode.Profile;

namespace Hubs.HubNode.StoreContracts;

/// <summary>What every <see cref="IHubProfileStore"/> does: one profile per hub, moved only from the version its writer read, with its announcement.</summary>
public abstract class HubProfileStoreContract : StoreContract
{
    protected HubProfileStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    private IHubProfileStore Profiles => Port<IHubProfileStore>();

    [Fact]
    public async Task The_first_save_inserts_and_reads_back_with_its_version_and_announcement()
    {
        Assert.Null(await Profiles.GetAsync(ContractData.HubId));
        var profile = ContractData.Profile();
        var announcement = ContractData.Event();

        Assert.True(await Profiles.SaveAsync(profile, 1, 0, announcement));

        var stored = await Profiles.GetAsync(ContractData.HubId);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.True(profile.SameAs(stored.Profile), $"Read back {stored.Profile}");
        Assert.Equal(announcement.EventId, Assert.Single(await Outbox.FetchUnsentAsync(10)).EventId);
    }

    [Fact]
    public async Task A_save_moves_the_version_only_from_the_one_stored()
    {
        Assert.True(await Profiles.SaveAsync(ContractData.Profile(), 1, 0, ContractData.Event()));

        Assert.False(await Profiles.SaveAsync(ContractData.Profile("Second first start"), 1, 0, ContractData.Event()));
        Assert.False(await Profiles.SaveAsync(ContractData.Profile("Stale"), 3, 2, ContractData.Event()));
        var renamed = ContractData.Profile("Renamed Hub") with { Specialties = ["export"], PublicUrl = null, ContactEmail = "info@hub.example.org" };
        Assert.True(await Profiles.SaveAsync(renamed, 2, 1, ContractData.Event()));

        var stored = await Profiles.GetAsync(ContractData.HubId);
        Assert.Equal(2, stored!.Version);
        Assert.True(renamed.SameAs(stored.Profile), $"Read back {stored.Profile}");
        Assert.Equal(2, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Of_concurrent_first_saves_exactly_one_is_stored()
    {
        var results = await AllAtOnceAsync(6, i => Profiles.SaveAsync(ContractData.Profile($"Replica {i}"), 1, 0, ContractData.Event()));

        var winner = Assert.Single(Enumerable.Range(0, results.Length), i => results[i]);
        Assert.Equal($"Replica {winner}", (await Profiles.GetAsync(ContractData.HubId))!.Profile.Name);
        Assert.Equal(1, await Outbox.CountUnsentAsync());
    }
}

using System.Net.Http.Json;
using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Taxonomy;
using Hubs.HubNode.Demo;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Demo;

public sealed class DemoSeedingTests
{
    private static readonly Dictionary<string, string?> Seed = new() { ["Hub:SeedDemoData"] = "true" };

    [Fact]
    public async Task Demo_experts_are_seeded_once_published_and_clearly_marked()
    {
        using var db = new TempDatabase();
        ExpertResponse[] seeded;
        await using (var first = new HubNodeFactory(db.Path, "catania", Seed))
        {
            seeded = (await first.CreateClient().GetFromJsonAsync<ExpertResponse[]>("/api/hubs/catania/experts"))!;
            Assert.InRange(seeded.Length, 3, 5);
            Assert.All(seeded, e =>
            {
                Assert.EndsWith(DemoExperts.NameSuffix, e.Name, StringComparison.Ordinal);
                Assert.StartsWith(DemoExperts.BioPrefix, e.Bio, StringComparison.Ordinal);
                Assert.All(e.Competencies, c => Assert.True(Topics.IsKnown(c)));
                Assert.All(e.Languages, l => Assert.True(LanguageCodes.IsKnown(l)));
                Assert.Equal(1, e.Version);
            });
            foreach (var expert in seeded)
            {
                Assert.True(await first.Harness.WithinAsync<ExpertPublished>(m => m.Context.Message.ExpertId == expert.Id));
            }
        }

        await using (var restarted = new HubNodeFactory(db.Path, "catania", Seed))
        {
            var again = (await restarted.CreateClient().GetFromJsonAsync<ExpertResponse[]>("/api/hubs/catania/experts"))!;
            Assert.Equal(seeded.Select(e => e.Id).Order(), again.Select(e => e.Id).Order());
        }

        Assert.Equal(seeded.Length, await StoreFile.ExpertCountAsync(db.Path));
    }

    [Fact]
    public async Task A_hub_whose_experts_were_all_retired_is_not_seeded_again()
    {
        using var db = new TempDatabase();
        await using (var first = new HubNodeFactory(db.Path, "pisa", Seed))
        {
            var client = first.CreateClient();
            foreach (var expert in (await client.GetFromJsonAsync<ExpertResponse[]>("/api/hubs/pisa/experts"))!)
            {
                (await client.DeleteAsync($"/api/hubs/pisa/experts/{expert.Id}")).EnsureSuccessStatusCode();
            }
        }

        var count = await StoreFile.ExpertCountAsync(db.Path);
        await using (var restarted = new HubNodeFactory(db.Path, "pisa", Seed))
        {
            Assert.Empty((await restarted.CreateClient().GetFromJsonAsync<ExpertResponse[]>("/api/hubs/pisa/experts"))!);
        }

        Assert.Equal(count, await StoreFile.ExpertCountAsync(db.Path));
    }

    [Fact]
    public async Task Without_the_setting_nothing_is_seeded()
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, "bari");
        Assert.Empty((await factory.CreateClient().GetFromJsonAsync<ExpertResponse[]>("/api/hubs/bari/experts"))!);
    }

    [Fact]
    public void Demo_experts_are_the_same_for_a_hub_and_differ_between_hubs()
    {
        var byHub = HubIds.Founding.ToDictionary(id => id, id => DemoExperts.For(id, DemoHubs.Find(id)!.Specialties));

        Assert.All(HubIds.Founding, id =>
        {
            Assert.Equal(byHub[id], DemoExperts.For(id, DemoHubs.Find(id)!.Specialties), new DraftComparer());
            Assert.InRange(byHub[id].Count, 3, 5);
            Assert.Equal(byHub[id].Count, byHub[id].Select(e => e.Name).Distinct().Count());
        });
        Assert.True(byHub.Values.Select(e => string.Join("|", e.Select(x => x.Name))).Distinct().Count() == HubIds.Founding.Count,
            "two hubs got the same demo experts");
    }

    [Fact]
    public void The_demo_catalog_covers_every_founding_hub_with_a_valid_profile()
    {
        Assert.Equal(HubIds.Founding.Order(), DemoHubs.All.Select(h => h.Id).Order());
        Assert.All(DemoHubs.All, h =>
        {
            var province = Contracts.Geography.Provinces.Find(h.Province);
            Assert.NotNull(province);

            // City-centre coordinates sit within about 60 km of the province centroid.
            Assert.InRange(h.Latitude - province.Latitude, -0.6, 0.6);
            Assert.InRange(h.Longitude - province.Longitude, -0.8, 0.8);
            Assert.NotEmpty(h.Specialties);
            Assert.All(h.Specialties, s => Assert.True(Topics.IsKnown(s)));
        });
    }

    private sealed class DraftComparer : IEqualityComparer<ExpertProfile>
    {
        public bool Equals(ExpertProfile? x, ExpertProfile? y) => x is not null && y is not null && x.SameAs(y);

        public int GetHashCode(ExpertProfile obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Events;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Hubs;

public sealed class HubAnnouncementTests
{
    private static readonly string Announced = OutboxMessageTypes.NameOf(typeof(HubAnnounced));

    [Fact]
    public async Task The_start_announcement_goes_through_the_outbox_with_the_configured_profile()
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path);
        _ = factory.CreateClient();

        Assert.True(await factory.Harness.WithinAsync<HubAnnounced>(m =>
        {
            var a = m.Context.Message;
            return a.HubId == TestHub.Id && a.Version == 1 && a.Name == "Test Valley Hub" && a.City == "Varese"
                && a.ProvinceCode == "VA" && Math.Abs(a.Latitude - 45.8206) < 1e-9 && Math.Abs(a.Longitude - 8.8251) < 1e-9
                && a.Specialties.SequenceEqual(["ecommerce", "grants"]) && a.Languages.SequenceEqual(["it", "de"])
                && a.PublicUrl == "https://hub.example.org" && a.ContactEmail == "info@hub.example.org"
                && m.Context.MessageId == a.EventId;
        }));

        var row = Assert.Single(await StoreFile.AllSentAsync(db.Path));
        Assert.Equal(Announced, row.MessageType);
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task A_restart_announces_again_at_the_same_version_and_a_changed_profile_bumps_it()
    {
        using var db = new TempDatabase();
        await using (var first = HubNodeFactory.ForTestHub(db.Path))
        {
            _ = first.CreateClient();
        }

        await using (var same = HubNodeFactory.ForTestHub(db.Path))
        {
            var profile = await same.CreateClient().GetFromJsonAsync<HubProfileResponse>($"/api/hubs/{TestHub.Id}/profile");
            Assert.Equal(1, profile!.Version);
        }

        await using (var changed = HubNodeFactory.ForTestHub(db.Path, new Dictionary<string, string?> { ["Hub:Name"] = "Test Valley Hub 2" }))
        {
            var profile = await changed.CreateClient().GetFromJsonAsync<HubProfileResponse>($"/api/hubs/{TestHub.Id}/profile");
            Assert.Equal(2, profile!.Version);
            Assert.Equal("Test Valley Hub 2", profile.Name);
            Assert.True(await changed.Harness.WithinAsync<HubAnnounced>(m => m.Context.Message.Version == 2 && m.Context.Message.Name == "Test Valley Hub 2"));
        }

        var announcements = (await StoreFile.OutboxAsync(db.Path)).Where(r => r.MessageType == Announced).ToList();
        Assert.Equal([1L, 1L, 2L], announcements.Select(r => JsonDocument.Parse(r.Payload).RootElement.GetProperty("version").GetInt64()));
        Assert.Equal(3, announcements.Select(r => r.EventId).Distinct().Count());
    }

    [Theory]
    [InlineData("lomazzo", "ComoNext Innovation Hub", "Lomazzo", "CO")]
    [InlineData("bari", "Bari Innovation Hub", "Bari", "BA")]
    [InlineData("cagliari", "Cagliari Innovation Hub", "Cagliari", "CA")]
    public async Task A_founding_hub_needs_only_its_id(string hubId, string name, string city, string province)
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, hubId);

        var profile = await factory.CreateClient().GetFromJsonAsync<HubProfileResponse>($"/api/hubs/{hubId}/profile");

        Assert.Equal((hubId, name, city, province, 1L), (profile!.Id, profile.Name, profile.City, profile.Province, profile.Version));
        Assert.NotEmpty(profile.Specialties);
        Assert.Equal(["it", "en"], profile.Languages);
        Assert.True(await factory.Harness.WithinAsync<HubAnnounced>(m => m.Context.Message.HubId == hubId && m.Context.Message.Name == name));
    }

    [Theory]
    [InlineData("Hub:Id", "Not A Slug")]
    [InlineData("Hub:Province", "ZZ")]
    [InlineData("Hub:Specialties:2", "blockchain")]
    [InlineData("Hub:Languages:2", "xx")]
    [InlineData("Hub:Latitude", "123")]
    [InlineData("Hub:HeartbeatInterval", "00:00:00")]
    [InlineData("Hub:ContactEmail", "not-an-email")]
    public async Task A_bad_hub_configuration_stops_the_start(string key, string value)
    {
        using var db = new TempDatabase();
        await using var factory = HubNodeFactory.ForTestHub(db.Path, new Dictionary<string, string?> { [key] = value });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public async Task An_unknown_hub_without_a_profile_stops_the_start()
    {
        using var db = new TempDatabase();
        await using var factory = new HubNodeFactory(db.Path, "nowhere");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Hub:Name", error.ToString(), StringComparison.Ordinal);
    }
}

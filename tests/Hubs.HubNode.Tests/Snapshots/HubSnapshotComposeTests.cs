using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Snapshots;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Tests.Snapshots;

/// <summary>What a snapshot is made of, from a given state (no store, no bus).</summary>
public sealed class HubSnapshotComposeTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static readonly DateTimeOffset TakenAt = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_expert_keeps_its_version_and_change_time_and_only_active_ones_are_listed()
    {
        var active = Expert(version: 4, retired: false);
        var retired = Expert(version: 2, retired: true);
        var profile = new StoredHubProfile(new HubProfile
        {
            Id = "lomazzo",
            Name = "ComoNext",
            City = "Lomazzo",
            ProvinceCode = "CO",
            Latitude = 45.7,
            Longitude = 9.03,
            Specialties = ["ecommerce"],
            Languages = ["it"],
        }, 3);

        var snapshot = HubSnapshot.Compose("lomazzo", new HubState(profile, TakenAt.AddDays(-9), [active, retired], []), Guid.NewGuid(), TakenAt);

        Assert.Equal(
            [typeof(HubAnnounced), typeof(ExpertPublished), typeof(ExpertRetired), typeof(SnapshotCompleted)],
            snapshot.Messages.Select(m => OutboxMessageTypes.Find(m.MessageType)));
        Assert.Equal(4, snapshot.Messages.Count(m => m.EventId != Guid.Empty));
        Assert.Equal(4, snapshot.Messages.Select(m => m.EventId).Distinct().Count());
        Assert.Equal([TakenAt.AddDays(-9), active.UpdatedAt, retired.UpdatedAt, TakenAt], snapshot.Messages.Select(m => m.OccurredAt));
        Assert.Equal([active.Id], snapshot.Completed.ExpertIds);
        Assert.Equal(TakenAt, snapshot.Completed.OccurredAt);
    }

    [Fact]
    public void A_hub_without_a_stored_profile_sends_its_experts_and_the_closing_event_only()
    {
        var snapshot = HubSnapshot.Compose("ivrea", new HubState(null, DateTimeOffset.MinValue, [], []), Guid.NewGuid(), TakenAt);

        var only = Assert.Single(snapshot.Messages);
        Assert.Equal(typeof(SnapshotCompleted), OutboxMessageTypes.Find(only.MessageType));
        Assert.Empty(snapshot.Completed.ExpertIds);
    }

    [Fact]
    public void Every_practice_is_shown_at_its_version_withdrawn_ones_as_withdrawn_before_the_closing_event()
    {
        var published = Practice(version: 3, withdrawn: false);
        var withdrawn = Practice(version: 5, withdrawn: true);

        var snapshot = HubSnapshot.Compose("lomazzo", new HubState(null, DateTimeOffset.MinValue, [], [published, withdrawn]), Guid.NewGuid(), TakenAt);

        Assert.Equal(
            [typeof(PracticePublished), typeof(PracticeWithdrawn), typeof(SnapshotCompleted)],
            snapshot.Messages.Select(m => OutboxMessageTypes.Find(m.MessageType)));
        var shown = System.Text.Json.JsonSerializer.Deserialize<PracticePublished>(snapshot.Messages[0].Payload, Web)!;
        Assert.Equal((published.Id, 3L, published.UpdatedAt, published.Title, "lomazzo"), (shown.PracticeId, shown.Version, shown.OccurredAt, shown.Title, shown.HubId));
        var gone = System.Text.Json.JsonSerializer.Deserialize<PracticeWithdrawn>(snapshot.Messages[1].Payload, Web)!;
        Assert.Equal((withdrawn.Id, 5L, withdrawn.UpdatedAt), (gone.PracticeId, gone.Version, gone.OccurredAt));

        // New event ids (a replay is a new message), the same version and change time (the receivers apply it once).
        Assert.Equal(3, snapshot.Messages.Select(m => m.EventId).Distinct().Count());
        Assert.All(snapshot.Messages, m => Assert.NotEqual(Guid.Empty, m.EventId));
    }

    private static Practice Practice(long version, bool withdrawn)
    {
        var updatedAt = TakenAt.AddHours(-version);
        return new Practice
        {
            Id = Guid.CreateVersion7(),
            Title = $"Pratica {version}",
            Summary = "Sommario",
            BodyMarkdown = "Corpo",
            Topics = ["energy"],
            ResultsAchieved = "Risultati",
            Links = [],
            Language = "it",
            Version = version,
            PublishedAt = updatedAt.AddDays(-1),
            UpdatedAt = updatedAt,
            WithdrawnAt = withdrawn ? updatedAt : null,
        };
    }

    private static Expert Expert(long version, bool retired)
    {
        var updatedAt = TakenAt.AddHours(-version);
        return new Expert
        {
            Id = Guid.CreateVersion7(),
            Profile = new ExpertProfile { Name = "Name", Title = "Title", Bio = "Bio", Competencies = ["grants"], Languages = ["it"] },
            Version = version,
            UpdatedAt = updatedAt,
            RetiredAt = retired ? updatedAt : null,
        };
    }
}

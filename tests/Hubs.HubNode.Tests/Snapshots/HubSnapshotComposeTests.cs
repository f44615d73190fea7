using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.HubNode.Outbox;
using Hubs.HubNode.Snapshots;

namespace Hubs.HubNode.Tests.Snapshots;

/// <summary>What a snapshot is made of, from a given state (no store, no bus).</summary>
public sealed class HubSnapshotComposeTests
{
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

        var snapshot = HubSnapshot.Compose("lomazzo", new HubState(profile, TakenAt.AddDays(-9), [active, retired]), Guid.NewGuid(), TakenAt);

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
        var snapshot = HubSnapshot.Compose("ivrea", new HubState(null, DateTimeOffset.MinValue, []), Guid.NewGuid(), TakenAt);

        var only = Assert.Single(snapshot.Messages);
        Assert.Equal(typeof(SnapshotCompleted), OutboxMessageTypes.Find(only.MessageType));
        Assert.Empty(snapshot.Completed.ExpertIds);
    }

    private static Expert Expert(long version, bool retired)
    {
        var updatedAt = TakenAt.AddHours(-version);
        return new Expert
        {
            Id = Guid.CreateVersion7(),
            Name = "Name",
            Title = "Title",
            Bio = "Bio",
            Competencies = ["grants"],
            Languages = ["it"],
            Version = version,
            UpdatedAt = updatedAt,
            RetiredAt = retired ? updatedAt : null,
        };
    }
}

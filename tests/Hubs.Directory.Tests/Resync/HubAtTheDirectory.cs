using Hubs.Contracts.Events;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Resync;

/// <summary>
/// A hub's experts as the hub itself holds them, and the events its snapshot republishes (mirroring the hub node's
/// <c>HubSnapshot</c>): every expert at its current version, active or retired, then <see cref="SnapshotCompleted"/>.
/// </summary>
public sealed class HubAtTheDirectory(string hubId)
{
    private readonly Dictionary<Guid, (long Version, string? Name, DateTimeOffset ChangedAt)> _experts = [];

    public string HubId { get; } = hubId;

    public IEnumerable<(Guid Id, long Version, string Name)> Active =>
        _experts.Where(e => e.Value.Name is not null).Select(e => (e.Key, e.Value.Version, e.Value.Name!));

    public void Set(Guid id, long version, string name) => _experts[id] = (version, name, Make.Epoch.AddMinutes(version));

    public void Retire(Guid id, long version) => _experts[id] = (version, null, Make.Epoch.AddMinutes(version));

    /// <summary>The hub's store was lost or restored: it no longer knows the expert at all.</summary>
    public void Forget(Guid id) => _experts.Remove(id);

    public (IReadOnlyList<IHubEvent> Experts, SnapshotCompleted Completed) Snapshot(DateTimeOffset takenAt)
    {
        var experts = _experts.Select(e => e.Value.Name is { } name
            ? (IHubEvent)(Make.Published(HubId, e.Key, e.Value.Version, name: name) with { OccurredAt = e.Value.ChangedAt })
            : Make.Retired(HubId, e.Key, e.Value.Version) with { OccurredAt = e.Value.ChangedAt }).ToList();
        var completed = new SnapshotCompleted
        {
            HubId = HubId,
            EventId = Guid.CreateVersion7(),
            OccurredAt = takenAt,
            Version = takenAt.ToUnixTimeMilliseconds(),
            RequestId = Guid.NewGuid(),
            ExpertIds = [.. Active.Select(e => e.Id)],
        };
        return (experts, completed);
    }
}

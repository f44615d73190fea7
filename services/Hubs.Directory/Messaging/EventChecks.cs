using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;

namespace Hubs.Directory.Messaging;

/// <summary>
/// The least an event must carry to be projected. A malformed event is dropped and counted rather than retried:
/// retrying cannot make it well-formed.
/// </summary>
public static class EventChecks
{
    public static bool IsWellFormed(IVersionedEvent e) =>
        HubIds.IsWellFormed(e.HubId) && e.Version >= 1 && e.EventId != Guid.Empty;

    public static bool IsWellFormed(ExpertPublished e) =>
        IsWellFormed((IVersionedEvent)e) && e.ExpertId != Guid.Empty && !string.IsNullOrWhiteSpace(e.Name);

    public static bool IsWellFormed(ExpertRetired e) => IsWellFormed((IVersionedEvent)e) && e.ExpertId != Guid.Empty;

    public static bool IsWellFormed(HubAnnounced e) => IsWellFormed((IVersionedEvent)e) && !string.IsNullOrWhiteSpace(e.Name);
}

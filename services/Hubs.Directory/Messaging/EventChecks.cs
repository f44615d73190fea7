using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Directory.Statistics;

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

    public static bool IsWellFormed(ExpertAvailabilityChanged e) =>
        IsWellFormed((IVersionedEvent)e) && e.ExpertId != Guid.Empty
        && e.FreeBrainstormingSlotsNext14Days >= 0 && e.FreeFollowupSlotsNext14Days >= 0;

    /// <summary>A consultation fact needs its booking, kind, start and the classification the statistics count by.</summary>
    public static bool IsWellFormed(ConsultationFact fact) =>
        HubIds.IsWellFormed(fact.HubId) && fact.Version >= 1 && fact.EventId != Guid.Empty && fact.BookingId != Guid.Empty
        && !string.IsNullOrWhiteSpace(fact.Kind) && fact.Start != default && fact.Topics is not null
        && fact.AtecoSection is not null && fact.SizeClass is not null && !string.IsNullOrWhiteSpace(fact.ProvinceCode)
        && !string.IsNullOrWhiteSpace(fact.Status);

    public static bool IsWellFormed(HubAnnounced e) => IsWellFormed((IVersionedEvent)e) && !string.IsNullOrWhiteSpace(e.Name);
}

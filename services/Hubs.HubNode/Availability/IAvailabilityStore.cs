using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Store port for experts' availability. Every write also appends its summary event to the outbox atomically, and is
/// conditional on the versions the writer read, checked by the store itself so two replicas cannot both win.
/// </summary>
public interface IAvailabilityStore
{
    /// <summary>The expert's availability; null if it was never set.</summary>
    Task<ExpertAvailability?> GetAsync(Guid expertId, CancellationToken cancellationToken = default);

    /// <summary>Every stored availability, of retired experts too (callers join with the active experts).</summary>
    Task<IReadOnlyList<ExpertAvailability>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the rules, summary and versions of <paramref name="write"/> only if the expert is active and the stored
    /// rules version is <paramref name="expectedVersion"/> (0: none stored yet) and the stored summary version is
    /// <paramref name="expectedSummaryVersion"/>; false (and nothing written) otherwise.
    /// </summary>
    Task<bool> SaveAsync(AvailabilityWrite write, long expectedVersion, long expectedSummaryVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a newer summary (the rules unchanged) at <paramref name="summaryVersion"/> with its event, only if the stored
    /// summary version is still <paramref name="expectedSummaryVersion"/>; false otherwise.
    /// </summary>
    Task<bool> SaveSummaryAsync(
        Guid expertId,
        AvailabilitySummary summary,
        long summaryVersion,
        long expectedSummaryVersion,
        OutboxMessage summaryEvent,
        CancellationToken cancellationToken = default);
}

namespace Hubs.HubNode.Cases;

/// <summary>Store port for reading cases. Cases are written by the booking store, in the write of the booking that opens them.</summary>
public interface ICaseStore
{
    /// <summary>The case and all its bookings; null if this hub has no such case.</summary>
    Task<ConsultationCase?> GetAsync(Guid caseId, CancellationToken cancellationToken = default);
}

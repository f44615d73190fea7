using Hubs.Contracts.Commands;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.Directory.Resync;

/// <summary>Asks hubs for a snapshot: <see cref="SnapshotRequested"/> goes through the outbox (each hub node's own queue is bound to it).</summary>
public sealed class SnapshotRequests(IOutboxWriter outbox, OutboxSignal relay, TimeProvider clock, ILogger<SnapshotRequests> logger)
{
    public const string ByDirectoryStart = "directory-start";
    public const string ByCoordinator = "coordinator";
    public const string ByAdmission = "admission";

    /// <summary>Asks <paramref name="hubId"/> (null: every hub) for a snapshot; returns the request id the answers will carry.</summary>
    public async Task<Guid> RequestAsync(string? hubId, string requestedBy, CancellationToken cancellationToken = default)
    {
        var request = Message(hubId, requestedBy, clock.GetUtcNow());
        await outbox.AppendAsync([request], cancellationToken);
        relay.Notify();
        logger.LogInformation("Requested a snapshot {RequestId} from {HubId} ({RequestedBy})", request.EventId, hubId ?? "every hub", requestedBy);
        return request.EventId;
    }

    /// <summary>The request as an outbox message, for a caller that writes it with a change of its own.</summary>
    public static OutboxMessage Message(string? hubId, string requestedBy, DateTimeOffset now)
    {
        var request = new SnapshotRequested
        {
            RequestId = Guid.CreateVersion7(now),
            RequestedBy = requestedBy,
            HubId = hubId,
            OccurredAt = now,
        };
        return OutboxMessage.Publish(request, request.RequestId, now);
    }
}

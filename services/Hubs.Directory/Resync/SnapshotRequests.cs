using Hubs.Contracts.Commands;
using MassTransit;

namespace Hubs.Directory.Resync;

/// <summary>Publishes <see cref="SnapshotRequested"/> to the hubs (each hub node's own queue is bound to it).</summary>
public sealed class SnapshotRequests(IBus bus, TimeProvider clock, ILogger<SnapshotRequests> logger)
{
    public const string ByDirectoryStart = "directory-start";
    public const string ByCoordinator = "coordinator";
    public const string ByAdmission = "admission";

    // A broker that is down must not hold a caller for long: the publish waits for the broker's confirm.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Asks <paramref name="hubId"/> (null: every hub) for a snapshot; returns the request id the answers will carry.</summary>
    public async Task<Guid> RequestAsync(string? hubId, string requestedBy, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var request = new SnapshotRequested
        {
            RequestId = Guid.CreateVersion7(now),
            RequestedBy = requestedBy,
            HubId = hubId,
            OccurredAt = now,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        try
        {
            await bus.Publish(request, context => context.MessageId = request.RequestId, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm snapshot request {request.RequestId} within {PublishTimeout}.", ex);
        }

        logger.LogInformation("Requested a snapshot {RequestId} from {HubId} ({RequestedBy})", request.RequestId, hubId ?? "every hub", requestedBy);
        return request.RequestId;
    }
}

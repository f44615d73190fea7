using Hubs.Contracts.Commands;
using Hubs.HubNode.Profile;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Snapshots;

/// <summary>Answers a snapshot request addressed to this hub or to every hub; requests for other hubs are ignored.</summary>
public sealed class SnapshotRequestedConsumer(HubSnapshot snapshot, IOptions<HubOptions> hub, ILogger<SnapshotRequestedConsumer> logger)
    : IConsumer<SnapshotRequested>
{
    public async Task Consume(ConsumeContext<SnapshotRequested> context)
    {
        var request = context.Message;
        var hubId = hub.Value.Id;
        if (request.HubId is { } addressed && !string.Equals(addressed, hubId, StringComparison.Ordinal))
        {
            logger.LogDebug("Hub {HubId} ignored snapshot request {RequestId} addressed to {AddressedHubId}", hubId, request.RequestId, addressed);
            return;
        }

        if (request.RequestId == Guid.Empty)
        {
            // Retrying cannot give it an id; the asker could not match the answer anyway.
            logger.LogWarning("Hub {HubId} ignored a snapshot request without a request id", hubId);
            return;
        }

        logger.LogInformation("Hub {HubId} takes a snapshot for request {RequestId} by {RequestedBy}", hubId, request.RequestId, request.RequestedBy);
        await snapshot.TakeAsync(request.RequestId, context.CancellationToken);
    }
}

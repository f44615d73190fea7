using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Demo;

/// <summary>
/// With <c>Hub:SeedDemoData</c>, gives a hub that never had an expert a few invented ones with office hours, published
/// like any other.
/// </summary>
public sealed class DemoSeeding(
    VersionedWriter<Expert> writer,
    IExpertStore experts,
    OutboxSignal outbox,
    AvailabilitySchedule availability,
    IOptions<HubOptions> options,
    ILogger<DemoSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var hub = options.Value;
        if (!hub.SeedDemoData)
        {
            return;
        }

        var writes = DemoExperts.For(hub.Id, hub.Specialties).Select(d => writer.New((id, at) => Expert.New(d, id, at))).ToList();
        if (await experts.SeedAsync(writes, cancellationToken))
        {
            outbox.Notify();

            // Only right after this node seeded: the experts are the demo ones and nobody has set their hours yet.
            var seeded = (await experts.ListActiveAsync(cancellationToken)).OrderBy(e => e.Id).ToList();
            for (var i = 0; i < seeded.Count; i++)
            {
                await availability.SetAsync(seeded[i].Id, DemoAvailability.For(i, hub.TimeZone), ifMatch: null, cancellationToken);
            }

            logger.LogInformation("Hub {HubId} seeded with {Count} demo experts", hub.Id, writes.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

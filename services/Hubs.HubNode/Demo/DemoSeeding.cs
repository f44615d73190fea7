using Hubs.HubNode.Availability;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Demo;

/// <summary>
/// With <c>Hub:SeedDemoData</c>, gives a hub that never had an expert a few invented ones with office hours, published
/// like any other.
/// </summary>
public sealed class DemoSeeding(
    ExpertRoster roster,
    IExpertStore experts,
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

        var created = await roster.SeedAsync(DemoExperts.For(hub.Id, hub.Specialties), cancellationToken);
        if (created > 0)
        {
            // Only right after this node seeded: the experts are the demo ones and nobody has set their hours yet.
            var seeded = (await experts.ListActiveAsync(cancellationToken)).OrderBy(e => e.Id).ToList();
            for (var i = 0; i < seeded.Count; i++)
            {
                await availability.SetAsync(seeded[i].Id, DemoAvailability.For(i, hub.TimeZone), ifMatch: null, cancellationToken);
            }

            logger.LogInformation("Hub {HubId} seeded with {Count} demo experts", hub.Id, created);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

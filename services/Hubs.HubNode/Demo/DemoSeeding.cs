using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Demo;

/// <summary>With <c>Hub:SeedDemoData</c>, gives a hub that never had an expert a few invented ones, published like any other.</summary>
public sealed class DemoSeeding(ExpertRoster roster, IOptions<HubOptions> options, ILogger<DemoSeeding> logger) : IHostedService
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
            logger.LogInformation("Hub {HubId} seeded with {Count} demo experts", hub.Id, created);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

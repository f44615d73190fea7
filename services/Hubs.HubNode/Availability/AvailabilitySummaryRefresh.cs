using Hubs.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Availability;

/// <summary>
/// Republishes summaries that time has changed (a next free slot that moved inside the minimum notice is no longer
/// free), every <see cref="AvailabilityOptions.SummaryRefreshInterval"/> and once at start, after a downtime.
/// </summary>
public sealed class AvailabilitySummaryRefresh(
    AvailabilitySummaryPublisher publisher,
    IHostApplicationLifetime lifetime,
    IOptions<AvailabilityOptions> options,
    TimeProvider time,
    ILogger<AvailabilitySummaryRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SummaryRefreshInterval, time);
        try
        {
            do
            {
                await RefreshAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            var published = await publisher.RefreshAllAsync(stoppingToken);
            if (published > 0)
            {
                logger.LogInformation("Refreshed {Count} availability summaries", published);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick tries again; a summary a little late is better than a stopped refresher.
            logger.LogWarning(ex, "Availability summaries could not be refreshed");
        }
    }
}

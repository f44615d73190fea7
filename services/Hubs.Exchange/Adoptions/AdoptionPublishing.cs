namespace Hubs.Exchange.Adoptions;

/// <summary>Every few seconds, publishes the adoptions not yet on the broker (after an outage, or a failed inline publish).</summary>
public sealed class AdoptionPublishing(AdoptionPublisher publisher, ILogger<AdoptionPublishing> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await publisher.PublishPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not publish adoptions; retrying in {Interval}", Interval);
            }
        }
    }
}

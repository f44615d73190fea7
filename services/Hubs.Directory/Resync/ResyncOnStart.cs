using Microsoft.Extensions.Options;

namespace Hubs.Directory.Resync;

/// <summary>
/// Once the directory has started (bus included), asks every hub for a snapshot, so whatever it missed while it was
/// down is caught up. A broker that is not there yet is retried with a growing pause; the start never fails over it.
/// </summary>
public sealed class ResyncOnStart(
    SnapshotRequests requests, IOptions<ResyncOptions> options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ResyncOnStart> logger)
    : BackgroundService
{
    private const int Attempts = 6;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ResyncOnStart || !await StartedAsync(stoppingToken))
        {
            return;
        }

        var pause = TimeSpan.FromSeconds(1);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                await requests.RequestAsync(null, SnapshotRequests.ByDirectoryStart, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not request the start-up snapshot (attempt {Attempt} of {Attempts})", attempt, Attempts);
            }

            try
            {
                await Task.Delay(pause, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause *= 2;
        }

        logger.LogError("Gave up requesting the start-up snapshot; a coordinator can ask with POST /api/directory/resync");
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

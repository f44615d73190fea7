using Hubs.Contracts.Events;
using Hubs.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Hubs;

/// <summary>
/// Publishes <see cref="HubHeartbeat"/> every <see cref="HubOptions.HeartbeatInterval"/>, directly rather than through
/// the outbox: a beat is only worth something now, and a backlog of old beats after an outage would mean nothing.
/// </summary>
public sealed class Heartbeat(IBus bus, IHostApplicationLifetime lifetime, IOptions<HubOptions> options, TimeProvider time, ILogger<Heartbeat> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxPublishWait = TimeSpan.FromSeconds(5);
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var interval = options.Value.HeartbeatInterval;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                await BeatAsync(interval, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task BeatAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var beat = new HubHeartbeat
        {
            HubId = options.Value.Id,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,

            // Wall-clock milliseconds: grows across restarts without a store write per beat.
            Version = now.ToUnixTimeMilliseconds(),
            Interval = interval,
        };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(interval < MaxPublishWait ? interval : MaxPublishWait);
        try
        {
            await bus.Publish(beat, ctx => ctx.MessageId = beat.EventId, timeout.Token);
            if (_failing)
            {
                logger.LogInformation("Heartbeat of hub {HubId} reaches the broker again", beat.HubId);
                _failing = false;
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A missed beat is the message: the directory will mark the hub stale. Warn once per outage, not per beat.
            logger.Log(_failing ? LogLevel.Debug : LogLevel.Warning, ex, "Heartbeat of hub {HubId} not published", beat.HubId);
            _failing = true;
        }
    }
}

using System.Text.Json;
using Hubs.HubNode.Extensions;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Outbox;

/// <summary>
/// Publishes outbox entries to the broker one at a time, in write order, and marks each sent only after the broker
/// confirmed it (publisher confirms make an awaited publish mean "the broker has it"). A failure stops the pass at
/// that entry, so nothing is skipped or reordered; the pass is retried with a capped backoff. A crash between the
/// confirm and the mark resends that entry after restart: consumers are idempotent by version.
/// </summary>
public sealed class OutboxRelay(
    IOutboxStore outbox,
    IPublishEndpoint publisher,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IHostApplicationLifetime lifetime,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxRelayOptions _options = options.Value;

    /// <summary>Publishes every unsent entry; throws at the first entry that cannot be published, leaving it and the rest unsent.</summary>
    /// <returns>How many entries were published.</returns>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        while (true)
        {
            var batch = await outbox.FetchUnsentAsync(_options.BatchSize, cancellationToken);
            foreach (var entry in batch)
            {
                await PublishAsync(entry, cancellationToken);
                await outbox.MarkSentAsync(entry.Seq, time.GetUtcNow(), cancellationToken);
                metrics.Published();
                published++;
            }

            if (batch.Count < _options.BatchSize)
            {
                metrics.Pending(await outbox.CountUnsentAsync(cancellationToken));
                return published;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Publishing before the bus has started would only fail and back off: wait for the host to finish starting.
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(stoppingToken);
                if (backoff > TimeSpan.Zero)
                {
                    logger.LogInformation("Outbox relay recovered: the broker confirms again");
                    backoff = TimeSpan.Zero;
                }

                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailure(ex, backoff == TimeSpan.Zero);
                await RecordPendingAsync();
                backoff = backoff == TimeSpan.Zero
                    ? _options.FirstBackoff
                    : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task PublishAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var type = OutboxMessageTypes.Find(entry.MessageType)
            ?? throw new OutboxEntryUnreadableException(entry, $"unknown message type '{entry.MessageType}'");
        object message;
        try
        {
            message = JsonSerializer.Deserialize(entry.Payload, type, OutboxMessage.Json)
                ?? throw new OutboxEntryUnreadableException(entry, "empty payload");
        }
        catch (JsonException ex)
        {
            throw new OutboxEntryUnreadableException(entry, ex.Message);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            if (entry.Destination is { } destination)
            {
                await SendAsync(entry, destination, message, type, timeout.Token);
            }
            else
            {
                await publisher.Publish(message, type, Pipe.Execute<PublishContext>(ctx => ctx.MessageId = entry.EventId), timeout.Token);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.PublishFailed();
            await RecordFailedAttemptAsync(entry);
            if (ex is OperationCanceledException)
            {
                throw new TimeoutException($"The broker did not confirm outbox entry {entry.Seq} within {_options.PublishTimeout}.", ex);
            }

            throw;
        }
    }

    /// <summary>
    /// A message for one receiver only (a warm referral carrying a business's intake): sent to its address, never
    /// published, in the same order and with the same confirm as the rest. The bus the relay is given sends as well.
    /// </summary>
    private async Task SendAsync(OutboxEntry entry, string destination, object message, Type type, CancellationToken cancellationToken)
    {
        var sender = publisher as ISendEndpointProvider
            ?? throw new InvalidOperationException($"Outbox entry {entry.Seq} is to be sent to {destination}, but the relay's endpoint cannot send.");
        var endpoint = await sender.GetSendEndpoint(new Uri(destination));
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(ctx => ctx.MessageId = entry.EventId), cancellationToken);
    }

    private async Task RecordPendingAsync()
    {
        try
        {
            metrics.Pending(await outbox.CountUnsentAsync());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The gauge keeps its last value; the failure itself is already logged.
            logger.LogDebug(ex, "Could not count pending outbox entries");
        }
    }

    private async Task RecordFailedAttemptAsync(OutboxEntry entry)
    {
        try
        {
            await outbox.RecordFailedAttemptAsync(entry.Seq);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a statistic: the entry stays unsent either way.
            logger.LogDebug(ex, "Could not count a failed attempt for outbox entry {Seq}", entry.Seq);
        }
    }

    private void LogFailure(Exception ex, bool firstOfStreak)
    {
        if (ex is OutboxEntryUnreadableException)
        {
            // Blocks the outbox on purpose (skipping it would reorder): typically a rollback to a build that lacks a newer event type.
            logger.LogError(ex, "Outbox relay is blocked by an entry it cannot read");
        }
        else if (firstOfStreak)
        {
            logger.LogWarning(ex, "Outbox relay cannot publish; entries stay in the outbox and will be retried");
        }
        else
        {
            logger.LogDebug(ex, "Outbox relay still cannot publish");
        }
    }
}

using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>
/// Publishes outbox entries to the broker in write order, a window of them at a time (issued in order, confirmed
/// together), and marks an entry sent only after the broker confirmed it and every entry before it (publisher confirms
/// make an awaited publish mean "the broker has it"). A failure stops the pass at the first entry not confirmed: that
/// entry and the rest stay unsent and the pass is retried with a capped backoff, so nothing is skipped. Entries of the
/// window after a failed one may reach the broker twice, as may an entry confirmed just before a crash: consumers are
/// idempotent by version. Waiting for each confirm before the next publish (a window of 1) made a hub that had been
/// cut off for a while catch up at a few hundred events a second.
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
            foreach (var window in batch.Chunk(_options.PublishWindow))
            {
                published += await PublishWindowAsync(window, cancellationToken);
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

    /// <summary>Publishes the entries concurrently, marks the confirmed ones up to the first failure sent, then rethrows that failure.</summary>
    private async Task<int> PublishWindowAsync(OutboxEntry[] window, CancellationToken cancellationToken)
    {
        // An entry this build cannot read blocks the outbox; the entries before it still go.
        var readable = new List<(OutboxEntry Entry, object Message, Type Type)>(window.Length);
        OutboxEntryUnreadableException? unreadable = null;
        foreach (var entry in window)
        {
            try
            {
                readable.Add(Read(entry));
            }
            catch (OutboxEntryUnreadableException ex)
            {
                unreadable = ex;
                break;
            }
        }

        var publishes = readable.Select(r => PublishAsync(r.Entry, r.Message, r.Type, cancellationToken)).ToList();
        var confirmed = 0;
        Exception? failure = null;
        foreach (var publish in publishes)
        {
            try
            {
                await publish;
                confirmed += failure is null ? 1 : 0;
            }
            catch (Exception ex)
            {
                failure ??= ex;
            }
        }

        if (confirmed > 0)
        {
            // Not the caller's token: what the broker confirmed is recorded even when the host is stopping.
            await outbox.MarkSentAsync([.. readable.Take(confirmed).Select(r => r.Entry.Seq)], time.GetUtcNow(), CancellationToken.None);
            metrics.Published(confirmed);
        }

        if ((failure ?? unreadable) is { } stop)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(stop);
        }

        return confirmed;
    }

    private static (OutboxEntry Entry, object Message, Type Type) Read(OutboxEntry entry)
    {
        var type = OutboxMessageTypes.Find(entry.MessageType)
            ?? throw new OutboxEntryUnreadableException(entry, $"unknown message type '{entry.MessageType}'");
        try
        {
            return (entry, JsonSerializer.Deserialize(entry.Payload, type, OutboxMessage.Json)
                ?? throw new OutboxEntryUnreadableException(entry, "empty payload"), type);
        }
        catch (JsonException ex)
        {
            throw new OutboxEntryUnreadableException(entry, ex.Message);
        }
    }

    private async Task PublishAsync(OutboxEntry entry, object message, Type type, CancellationToken cancellationToken)
    {
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

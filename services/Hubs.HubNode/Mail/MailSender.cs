using System.Globalization;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>
/// Delivers the mail queue: every mail due is handed to the SMTP server and recorded sent as soon as the server accepts
/// it. The server unreachable or refusing the session (connection, TLS, authentication, sender refused) stops the pass;
/// it is retried with a doubling backoff and <c>/health</c> says degraded meanwhile, while bookings go on being
/// accepted and queued. A recipient or message refused for good (5xx) is recorded undeliverable on its booking and the
/// pass goes on with the next mail; a temporary refusal (4xx) puts that mail off with its own backoff, up to
/// <see cref="MailOptions.MaxAttempts"/>. Delivery is at least once: a crash between the server's acceptance and the
/// record sends that one mail again, with the same Message-ID.
/// </summary>
public sealed class MailSender(
    IMailStore queue,
    [FromKeyedServices(MailSender.Signal)] OutboxSignal signal,
    MailServerState state,
    IHostApplicationLifetime lifetime,
    IOptions<MailOptions> options,
    IClock clock,
    TimeProvider time,
    ILogger<MailSender> logger) : BackgroundService
{
    /// <summary>The key of the signal that wakes the sender right after a write queued mail.</summary>
    public const string Signal = "mail";

    // A server nobody wrote to for this long is checked anyway, so a broken configuration shows before the first booking.
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMinutes(5);

    private MailOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            logger.LogWarning("Mail:Smtp:Host is not set: this hub sends no mail (no confirmations, reminders or staff notices)");
            return;
        }

        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var backoff = TimeSpan.Zero;
        var lastContact = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var worked = await SendDueAsync(stoppingToken);
                if (!worked && time.GetUtcNow() - lastContact > ProbeInterval)
                {
                    await ProbeAsync(stoppingToken);
                }

                lastContact = time.GetUtcNow();
                if (backoff > TimeSpan.Zero)
                {
                    logger.LogInformation("Mail server {Host}:{Port} reachable again", Options.Smtp.Host, Options.Smtp.Port);
                    backoff = TimeSpan.Zero;
                }

                state.Usable();
                await signal.WaitAsync(Options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                state.Unusable(Reason(ex));
                if (backoff == TimeSpan.Zero)
                {
                    logger.LogWarning("Mail server {Host}:{Port} not usable ({Reason}); mail waits in the queue and is retried",
                        Options.Smtp.Host, Options.Smtp.Port, Reason(ex));
                }

                backoff = backoff == TimeSpan.Zero ? Options.FirstBackoff : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, Options.MaxBackoff.Ticks));
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

    /// <summary>Sends every mail due, in batches over one connection; false when nothing was due.</summary>
    public async Task<bool> SendDueAsync(CancellationToken cancellationToken)
    {
        var any = false;
        while (true)
        {
            var batch = await queue.FetchDueAsync(clock.GetCurrentInstant(), Options.BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return any;
            }

            any = true;
            using var client = await ConnectAsync(cancellationToken);
            foreach (var mail in batch)
            {
                await DeliverAsync(client, mail, cancellationToken);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
            if (batch.Count < Options.BatchSize)
            {
                return any;
            }
        }
    }

    private async Task DeliverAsync(SmtpClient client, QueuedMail mail, CancellationToken cancellationToken)
    {
        if (mail.ExpiresAt <= clock.GetCurrentInstant())
        {
            await queue.WithdrawAsync(mail.Id, CancellationToken.None);
            logger.LogInformation("Mail {MailId} ({Kind}) of booking {BookingId} withdrawn unsent: its meeting has started", mail.Id, mail.Kind, mail.BookingId);
            return;
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(mail.Mime, writable: false);
            message = await MimeMessage.LoadAsync(stream, cancellationToken);
        }
        catch (FormatException)
        {
            await queue.MarkUndeliverableAsync(mail.Id, clock.GetCurrentInstant(), "unreadable message in the queue", CancellationToken.None);
            logger.LogError("Mail {MailId} ({Kind}) of booking {BookingId} is unreadable in the queue; recorded undeliverable", mail.Id, mail.Kind, mail.BookingId);
            return;
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode != SmtpErrorCode.SenderNotAccepted)
        {
            // The server's text may quote the address: only its code is kept and logged.
            var error = string.Create(CultureInfo.InvariantCulture, $"{(int)ex.StatusCode} {ex.ErrorCode}");
            var attempts = mail.Attempts;
            if ((int)ex.StatusCode >= 500 || attempts + 1 >= Options.MaxAttempts)
            {
                await queue.MarkUndeliverableAsync(mail.Id, clock.GetCurrentInstant(), error, CancellationToken.None);
                logger.LogWarning("Mail {MailId} ({Kind}) of booking {BookingId} refused by the server ({Error}); recorded undeliverable",
                    mail.Id, mail.Kind, mail.BookingId, error);
            }
            else
            {
                var wait = TimeSpan.FromTicks(Math.Min(Options.FirstBackoff.Ticks << Math.Min(attempts, 20), Options.MaxBackoff.Ticks));
                await queue.PostponeAsync(mail.Id, clock.GetCurrentInstant() + Duration.FromTimeSpan(wait), error, CancellationToken.None);
                logger.LogInformation("Mail {MailId} ({Kind}) of booking {BookingId} refused for now ({Error}); retried in {Wait}",
                    mail.Id, mail.Kind, mail.BookingId, error, wait);
            }

            return;
        }

        // Not the caller's token: what the server accepted is recorded even when the host is stopping.
        await queue.MarkSentAsync(mail.Id, clock.GetCurrentInstant(), CancellationToken.None);
        logger.LogInformation("Mail {MailId} ({Kind}) of booking {BookingId} handed to the server", mail.Id, mail.Kind, mail.BookingId);
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = Options.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        SmtpCommandException command => string.Create(CultureInfo.InvariantCulture, $"{(int)command.StatusCode} {command.ErrorCode}"),
        System.Net.Sockets.SocketException socket => socket.SocketErrorCode.ToString(),
        _ => ex.GetType().Name,
    };
}

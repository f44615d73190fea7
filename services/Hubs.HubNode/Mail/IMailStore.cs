using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>Store port the sender uses. Mails are queued by the aggregate stores, inside the writes that cause them.</summary>
public interface IMailStore
{
    /// <summary>Pending mails due and whose next attempt is due, oldest decision first.</summary>
    Task<IReadOnlyList<QueuedMail>> FetchDueAsync(Instant now, int limit, CancellationToken cancellationToken = default);

    /// <summary>Records that the server accepted the mail and drops its body.</summary>
    Task MarkSentAsync(Guid id, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Counts a temporary refusal and puts the next attempt off until <paramref name="nextAttemptAt"/>.</summary>
    Task PostponeAsync(Guid id, Instant nextAttemptAt, string reason, CancellationToken cancellationToken = default);

    /// <summary>Records that the mail will not be delivered and drops its body.</summary>
    Task MarkUndeliverableAsync(Guid id, Instant at, string reason, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a mail that is no longer true (a reminder of a meeting already started) and drops its body.</summary>
    Task WithdrawAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The delivery records of a booking's mails, in decision order.</summary>
    Task<IReadOnlyList<MailDelivery>> ListForBookingAsync(Guid bookingId, CancellationToken cancellationToken = default);

    Task<long> CountPendingAsync(CancellationToken cancellationToken = default);
}

using Hubs.HubNode.Mail;
using Hubs.ServiceDefaults.Outbox;
using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>
/// Store port for warm referrals. Every change of a referral and the message announcing it are written together, and
/// every rule that must hold under concurrency (one row per referral, one booking per referral, newer statuses only) is
/// decided by the store's conditional writes.
/// </summary>
public interface IReferralStore
{
    /// <summary>
    /// Stores a referral made here and the message sending it, in one write. The same meeting referred again to the same
    /// hub stores nothing and returns the referral stored first.
    /// </summary>
    Task<OutgoingReferral> AddOutgoingAsync(OutgoingReferral referral, OutboxMessage send, CancellationToken cancellationToken = default);

    /// <summary>Referrals made here, newest first.</summary>
    Task<IReadOnlyList<OutgoingReferral>> ListOutgoingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the status <paramref name="toHubId"/> reports for a referral made here, if it is newer than the one stored
    /// and the referral went to that hub; false otherwise (unknown, older, duplicate or from another hub).
    /// </summary>
    Task<bool> ApplyStatusAsync(Guid referralId, string toHubId, string status, long version, Instant at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a referral received here, its first status event and the staff notice <paramref name="mail"/>, in one write;
    /// false (nothing written) if it was stored before.
    /// </summary>
    Task<bool> AddIncomingAsync(IncomingReferral referral, OutboxMessage opened, MailPlan? mail = null, CancellationToken cancellationToken = default);

    Task<IncomingReferral?> GetIncomingAsync(Guid referralId, CancellationToken cancellationToken = default);

    /// <summary>Referrals received here, newest first, optionally in one status.</summary>
    Task<IReadOnlyList<IncomingReferral>> ListIncomingAsync(string? status, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds an open referral with <paramref name="token"/> while a booking is made for it; false if it is not open or
    /// another claim newer than <paramref name="staleBefore"/> holds it.
    /// </summary>
    Task<bool> ClaimAsync(Guid referralId, Guid token, Instant now, Instant staleBefore, CancellationToken cancellationToken = default);

    /// <summary>Lets go of a claim whose booking was refused.</summary>
    Task ReleaseAsync(Guid referralId, Guid token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the referral held by <paramref name="token"/> booked with <paramref name="bookingId"/> and appends the event
    /// <paramref name="announce"/> makes of its new state, in one write; null if the claim was lost meanwhile.
    /// </summary>
    Task<IncomingReferral?> MarkBookedAsync(
        Guid referralId, Guid token, Guid bookingId, Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default);

    /// <summary>
    /// Declines an open referral nobody is booking (no claim newer than <paramref name="staleBefore"/>) with
    /// <paramref name="reason"/>, and appends the event <paramref name="announce"/> makes of its new state, in one write;
    /// null if it was not open or is being booked.
    /// </summary>
    Task<IncomingReferral?> DeclineAsync(
        Guid referralId, string reason, Instant at, Instant staleBefore, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default);

    /// <summary>
    /// Follows the bookings of booked referrals, in one write: closes those whose meeting has an outcome, reopens those
    /// whose booking was cancelled, each with the event <paramref name="announce"/> makes of it.
    /// </summary>
    /// <returns>The referrals changed.</returns>
    Task<IReadOnlyList<IncomingReferral>> SettleAsync(Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default);
}

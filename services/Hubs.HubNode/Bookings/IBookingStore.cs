using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// Store port for bookings. An expert's time is claimed by the store itself, atomically: two bookings whose
/// [start, end + buffer) overlap for the same expert can never both be stored, whichever replica or process writes
/// them. Every write appends its events to the outbox in the same transaction.
/// </summary>
public interface IBookingStore
{
    Task<Booking?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Bookings matching <paramref name="filter"/>, by start.</summary>
    Task<IReadOnlyList<Booking>> ListAsync(BookingFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Meetings not cancelled of <paramref name="expertIds"/> overlapping <paramref name="window"/> (buffers not included).</summary>
    Task<IReadOnlyList<BusyTime>> ListBusyAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new booking, all or nothing, in one write that also: claims the expert's time from its start to
    /// <paramref name="claimUntil"/> (its end plus the buffer); checks that the business (by e-mail) holds fewer than
    /// <see cref="BookingConditions.MaxOpenPerBusiness"/> booked meetings not yet over; and either opens the booking's
    /// case (a brainstorming) or, for a follow-up, checks that the case exists at this hub, belongs to the same
    /// business, has as its latest recorded outcome a held meeting recommending a follow-up, and has no follow-up booked.
    /// </summary>
    Task<BookingClaim> AddAsync(BookingWrite write, Instant claimUntil, BookingConditions conditions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the booking's new status, outcome and versions only if its stored version is still
    /// <paramref name="expectedVersion"/>; with <paramref name="releaseTime"/>, frees the expert's time it held. False
    /// (and nothing written) when the booking changed meanwhile.
    /// </summary>
    Task<bool> UpdateAsync(BookingWrite write, long expectedVersion, bool releaseTime, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the booking to its new start and end, in one write: frees its old time and claims the new one up to
    /// <paramref name="claimUntil"/>. If the new time is taken, nothing changes and the old time stays held.
    /// </summary>
    Task<BookingMove> MoveAsync(BookingWrite write, long expectedVersion, Instant claimUntil, CancellationToken cancellationToken = default);
}

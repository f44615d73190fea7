using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>What the slot calendar must leave out: the experts' booked meetings (not cancelled), as the booking store has them.</summary>
public sealed class BookedTimes(IBookingStore store) : IExpertBusyTimes
{
    public Task<IReadOnlyList<BusyTime>> ListAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default) =>
        store.ListBusyAsync(expertIds, window, cancellationToken);
}

using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>
/// Where the slot calendar learns what is already taken. The booking store implements it (booked and not cancelled
/// meetings); until bookings exist, <see cref="NoBusyTimes"/> is registered. The calendar adds the expert's buffer
/// around each interval itself, so report meetings as they are.
/// </summary>
public interface IExpertBusyTimes
{
    /// <summary>The busy intervals of <paramref name="expertIds"/> that overlap <paramref name="window"/>, in any order.</summary>
    Task<IReadOnlyList<BusyTime>> ListAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default);
}

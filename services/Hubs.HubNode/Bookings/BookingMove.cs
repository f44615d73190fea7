namespace Hubs.HubNode.Bookings;

/// <summary>What <see cref="IBookingStore.MoveAsync"/> did.</summary>
public enum BookingMove
{
    Moved,

    /// <summary>The booking changed since it was read: nothing written.</summary>
    Stale,

    /// <summary>The new time overlaps another booking's: nothing written, the old time still held.</summary>
    SlotTaken,
}

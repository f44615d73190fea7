namespace Hubs.HubNode.Bookings;

/// <summary>Who is asking about a booking.</summary>
public enum BookingAccess
{
    /// <summary>The business, with the booking's manage token.</summary>
    Holder,

    /// <summary>Authenticated staff of the hub.</summary>
    Staff,

    /// <summary>Neither a token nor staff credentials: 401.</summary>
    Missing,

    /// <summary>A token that is not this booking's: 403.</summary>
    Denied,
}

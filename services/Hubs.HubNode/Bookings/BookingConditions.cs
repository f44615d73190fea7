using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>What the store checks inside the write that adds a booking.</summary>
/// <param name="MaxOpenPerBusiness">Bookings of the same e-mail still booked and not yet over, at most.</param>
/// <param name="Now">What "not yet over" is measured against.</param>
public sealed record BookingConditions(int MaxOpenPerBusiness, Instant Now);

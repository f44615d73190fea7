using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>Which bookings a staff list shows: starting within [<see cref="From"/>, <see cref="To"/>), of one expert, in one status.</summary>
public sealed record BookingFilter(Instant? From, Instant? To, Guid? ExpertId, string? Status, int Limit);

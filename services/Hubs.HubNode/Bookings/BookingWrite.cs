using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Bookings;

/// <summary>A booking's new state and the events announcing it, to be stored together.</summary>
public sealed record BookingWrite(Booking Booking, IReadOnlyList<OutboxMessage> Events);

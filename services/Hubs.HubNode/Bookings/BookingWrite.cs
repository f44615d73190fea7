using Hubs.HubNode.Mail;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Bookings;

/// <summary>A booking's new state, the events announcing it and the mail it causes, to be stored together.</summary>
public sealed record BookingWrite(Booking Booking, IReadOnlyList<OutboxMessage> Events, MailPlan? Mail = null);

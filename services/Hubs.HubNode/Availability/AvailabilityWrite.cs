using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Availability;

/// <summary>An expert's new availability (with its new summary) and the event announcing the summary, to be stored together.</summary>
public sealed record AvailabilityWrite(ExpertAvailability Availability, OutboxMessage Event);

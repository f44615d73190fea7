using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Experts;

/// <summary>An expert's new state and the event announcing it, to be stored together.</summary>
public sealed record ExpertWrite(Expert Expert, OutboxMessage Event);

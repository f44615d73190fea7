using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Practices;

/// <summary>A practice's new state and the event announcing it, to be stored together.</summary>
public sealed record PracticeWrite(Practice Practice, OutboxMessage Event);

namespace Hubs.HubNode.Outbox;

/// <summary>An outbox row not yet confirmed by the broker; <see cref="Seq"/> is the publish order.</summary>
public sealed record OutboxEntry(long Seq, Guid EventId, string MessageType, string Payload, DateTimeOffset OccurredAt, int Attempts);

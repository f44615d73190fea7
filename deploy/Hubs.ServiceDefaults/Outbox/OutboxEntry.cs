namespace Hubs.ServiceDefaults.Outbox;

/// <summary>An outbox row not yet confirmed by the broker; <see cref="Seq"/> is the publish order.</summary>
/// <param name="Destination">Null: publish. Otherwise send to this address only (see <see cref="OutboxMessage.Destination"/>).</param>
public sealed record OutboxEntry(long Seq, Guid EventId, string MessageType, string Payload, DateTimeOffset OccurredAt, int Attempts, string? Destination = null);

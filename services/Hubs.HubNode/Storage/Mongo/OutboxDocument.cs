using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>outbox</c> document; <see cref="Id"/> is the sequence the relay publishes in.</summary>
internal sealed class OutboxDocument
{
    public long Id { get; set; }
    public string EventId { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? Destination { get; set; }

    public static OutboxDocument From(long seq, OutboxMessage message) => new()
    {
        Id = seq,
        EventId = MongoFields.Id(message.EventId),
        MessageType = message.MessageType,
        Payload = message.Payload,
        OccurredAt = MongoFields.Date(message.OccurredAt),
        Destination = message.Destination,
    };

    public OutboxEntry ToEntry() => new(Id, Guid.Parse(EventId), MessageType, Payload, MongoFields.Offset(OccurredAt), Attempts, Destination);
}

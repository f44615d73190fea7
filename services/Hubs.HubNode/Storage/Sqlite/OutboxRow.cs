using Hubs.HubNode.Outbox;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>An unsent <c>outbox</c> row as Dapper reads it.</summary>
internal sealed class OutboxRow
{
    public long Seq { get; set; }
    public string EventId { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "";
    public string OccurredAt { get; set; } = "";
    public long Attempts { get; set; }
    public string? Destination { get; set; }

    public OutboxEntry ToEntry() =>
        new(Seq, Guid.Parse(EventId), MessageType, Payload, SqliteColumns.Instant(OccurredAt), (int)Math.Min(Attempts, int.MaxValue), Destination);
}

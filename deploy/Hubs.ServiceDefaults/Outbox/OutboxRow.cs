using System.Globalization;

namespace Hubs.ServiceDefaults.Outbox;

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
        new(Seq, Guid.Parse(EventId), MessageType, Payload, DateTimeOffset.Parse(OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), (int)Math.Min(Attempts, int.MaxValue), Destination);
}

namespace Hubs.HubNode.Tests.Support;

/// <summary>An outbox row as the test reads it straight from the file.</summary>
public sealed class OutboxRecord
{
    public long Seq { get; set; }
    public string EventId { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Payload { get; set; } = "";
    public string? SentAt { get; set; }
    public long Attempts { get; set; }
    public string? Destination { get; set; }
}

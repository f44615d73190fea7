namespace Hubs.ServiceDefaults.Outbox;

/// <summary>An outbox row this build cannot turn back into a contract event.</summary>
public sealed class OutboxEntryUnreadableException(OutboxEntry entry, string reason)
    : Exception($"Outbox entry {entry.Seq} (event {entry.EventId}) cannot be read: {reason}.")
{
    public long Seq { get; } = entry.Seq;
}

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>
/// Writes messages to the outbox on their own, for a change that is nothing but telling the network (a snapshot
/// request). A change to stored state writes its messages in its own transaction instead (the store's adapter calls
/// <see cref="SqliteOutboxStore.AppendAsync(Microsoft.Data.Sqlite.SqliteConnection, Microsoft.Data.Sqlite.SqliteTransaction, OutboxMessage, CancellationToken)"/>).
/// </summary>
public interface IOutboxWriter
{
    /// <summary>Appends <paramref name="messages"/> in one transaction; the caller then wakes the relay (<see cref="OutboxSignal.Notify"/>).</summary>
    Task AppendAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);
}

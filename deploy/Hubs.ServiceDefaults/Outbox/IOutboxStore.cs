namespace Hubs.ServiceDefaults.Outbox;

/// <summary>Store port the relay uses. Entries are appended by the aggregate stores, inside their own writes.</summary>
public interface IOutboxStore
{
    /// <summary>The oldest unsent entries, in write order.</summary>
    Task<IReadOnlyList<OutboxEntry>> FetchUnsentAsync(int limit, CancellationToken cancellationToken = default);

    Task MarkSentAsync(IReadOnlyCollection<long> seqs, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    Task RecordFailedAttemptAsync(long seq, CancellationToken cancellationToken = default);

    Task<long> CountUnsentAsync(CancellationToken cancellationToken = default);
}

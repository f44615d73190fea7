using Hubs.ServiceDefaults.Outbox;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoOutboxStore(MongoStore store) : IOutboxStore
{
    private static FilterDefinitionBuilder<OutboxDocument> Filter => Builders<OutboxDocument>.Filter;

    /// <summary>
    /// Appends <paramref name="messages"/> inside the caller's transaction: the one place that writes outbox documents.
    /// Their sequence numbers come from the <c>counters</c> document, incremented in the same transaction, so two writers
    /// conflict there and commit one after the other: sequence order is commit order, and the relay, reading unsent
    /// entries by sequence, never passes over one that commits later.
    /// </summary>
    internal static async Task AppendAsync(MongoStore store, IClientSessionHandle session, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var counter = await store.Counters.FindOneAndUpdateAsync(
            session,
            Builders<CounterDocument>.Filter.Eq(c => c.Id, MongoStore.OutboxCounter),
            Builders<CounterDocument>.Update.Inc(c => c.Value, (long)messages.Count),
            new FindOneAndUpdateOptions<CounterDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
            cancellationToken);
        var first = counter.Value - messages.Count + 1;
        await store.Outbox.InsertManyAsync(
            session,
            messages.Select((message, i) => OutboxDocument.From(first + i, message)),
            cancellationToken: cancellationToken);
    }

    internal static Task AppendAsync(MongoStore store, IClientSessionHandle session, OutboxMessage message, CancellationToken cancellationToken) =>
        AppendAsync(store, session, [message], cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> FetchUnsentAsync(int limit, CancellationToken cancellationToken = default)
    {
        var documents = await store.Outbox.Find(Filter.Eq(d => d.SentAt, null))
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Id))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToEntry())];
    }

    public Task MarkSentAsync(IReadOnlyCollection<long> seqs, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
        store.Outbox.UpdateManyAsync(
            Filter.In(d => d.Id, seqs) & Filter.Eq(d => d.SentAt, null),
            Builders<OutboxDocument>.Update.Set(d => d.SentAt, MongoFields.Date(sentAt)).Inc(d => d.Attempts, 1),
            cancellationToken: cancellationToken);

    public Task RecordFailedAttemptAsync(long seq, CancellationToken cancellationToken = default) =>
        store.Outbox.UpdateOneAsync(Filter.Eq(d => d.Id, seq), Builders<OutboxDocument>.Update.Inc(d => d.Attempts, 1), cancellationToken: cancellationToken);

    public Task<long> CountUnsentAsync(CancellationToken cancellationToken = default) =>
        store.Outbox.CountDocumentsAsync(Filter.Eq(d => d.SentAt, null), cancellationToken: cancellationToken);
}

using Hubs.HubNode.Versioning;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// The MongoDB side of <see cref="IVersionedStore{T}"/> for every versioned resource: each write stores the document and
/// appends its event to the outbox in one transaction, and an update's version and not-ended checks are its filter.
/// </summary>
internal abstract class MongoVersionedStore<T, TDocument>(MongoStore store, IMongoCollection<TDocument> collection) : IVersionedStore<T>
    where T : class, IVersioned<T>
    where TDocument : IVersionedDocument<TDocument, T>
{
    protected MongoStore Store => store;

    protected IMongoCollection<TDocument> Collection => collection;

    public async Task<T?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await collection.Find(TDocument.WithId(id)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToEntity();
    }

    /// <summary>The resources not ended, in the collection's listing order.</summary>
    public async Task<IReadOnlyList<T>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var documents = await collection.Find(TDocument.Active).Sort(TDocument.ListedOrder).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToEntity())];
    }

    public Task<bool> AddAsync(VersionedWrite<T> write, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            if (!await InsertAsync(session, [write], ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            return true;
        }, cancellationToken);

    public Task<bool> UpdateAsync(VersionedWrite<T> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (write.Entity.Version != expectedVersion + 1)
        {
            return Task.FromResult(false);
        }

        return store.InTransactionAsync(async (session, ct) =>
        {
            // The version and active checks are the replace's filter: a concurrent writer's change makes it match nothing.
            var replaced = await collection.ReplaceOneAsync(
                session,
                TDocument.WithId(write.Entity.Id) & TDocument.AtVersion(expectedVersion) & TDocument.Active,
                TDocument.From(write.Entity),
                cancellationToken: ct);
            if (replaced.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Event, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>Inserts the documents and appends their events; false if an id is taken (the caller aborts).</summary>
    protected async Task<bool> InsertAsync(IClientSessionHandle session, IReadOnlyList<VersionedWrite<T>> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return true;
        }

        try
        {
            await collection.InsertManyAsync(session, writes.Select(w => TDocument.From(w.Entity)), cancellationToken: cancellationToken);
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            return false;
        }

        await MongoOutboxStore.AppendAsync(store, session, [.. writes.Select(w => w.Event)], cancellationToken);
        return true;
    }
}

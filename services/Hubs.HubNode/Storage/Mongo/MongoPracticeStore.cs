using Hubs.HubNode.Practices;
using Hubs.HubNode.Versioning;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoPracticeStore(MongoStore store) : IPracticeStore
{
    private static FilterDefinitionBuilder<PracticeDocument> Filter => Builders<PracticeDocument>.Filter;

    public async Task<Practice?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await store.Practices.Find(Filter.Eq(d => d.Id, MongoFields.Id(id))).FirstOrDefaultAsync(cancellationToken);
        return document?.ToPractice();
    }

    public async Task<IReadOnlyList<Practice>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var documents = await store.Practices.Find(Filter.Eq(d => d.WithdrawnAt, null))
            .Sort(Builders<PracticeDocument>.Sort.Descending(d => d.UpdatedAt).Descending(d => d.Id))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToPractice())];
    }

    public Task<bool> AddAsync(VersionedWrite<Practice> write, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            try
            {
                await store.Practices.InsertOneAsync(session, PracticeDocument.From(write.Entity), cancellationToken: ct);
            }
            catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Event, ct);
            return true;
        }, cancellationToken);

    public Task<bool> UpdateAsync(VersionedWrite<Practice> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (write.Entity.Version != expectedVersion + 1)
        {
            return Task.FromResult(false);
        }

        return store.InTransactionAsync(async (session, ct) =>
        {
            // The version and active checks are the replace's filter: a concurrent writer's change makes it match nothing.
            var replaced = await store.Practices.ReplaceOneAsync(
                session,
                Filter.Eq(d => d.Id, MongoFields.Id(write.Entity.Id)) & Filter.Eq(d => d.Version, expectedVersion) & Filter.Eq(d => d.WithdrawnAt, null),
                PracticeDocument.From(write.Entity),
                cancellationToken: ct);
            if (replaced.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Event, ct);
            return true;
        }, cancellationToken);
    }
}

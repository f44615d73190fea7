using Hubs.HubNode.Experts;
using Hubs.HubNode.Versioning;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoExpertStore(MongoStore store) : IExpertStore
{
    private static FilterDefinitionBuilder<ExpertDocument> Filter => Builders<ExpertDocument>.Filter;

    public async Task<Expert?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await store.Experts.Find(Filter.Eq(d => d.Id, MongoFields.Id(id))).FirstOrDefaultAsync(cancellationToken);
        return document?.ToExpert();
    }

    public async Task<IReadOnlyList<Expert>> ListActiveAsync(CancellationToken cancellationToken = default)
    {
        var documents = await store.Experts.Find(Filter.Eq(d => d.RetiredAt, null))
            .Sort(Builders<ExpertDocument>.Sort.Ascending(d => d.Name).Ascending(d => d.Id))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToExpert())];
    }

    public Task<bool> AddAsync(VersionedWrite<Expert> write, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            if (!await InsertAsync(session, [write], ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            return true;
        }, cancellationToken);

    public Task<bool> UpdateAsync(VersionedWrite<Expert> write, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (write.Entity.Version != expectedVersion + 1)
        {
            return Task.FromResult(false);
        }

        return store.InTransactionAsync(async (session, ct) =>
        {
            // The version and active checks are the replace's filter: a concurrent writer's change makes it match nothing.
            var replaced = await store.Experts.ReplaceOneAsync(
                session,
                Filter.Eq(d => d.Id, MongoFields.Id(write.Entity.Id)) & Filter.Eq(d => d.Version, expectedVersion) & Filter.Eq(d => d.RetiredAt, null),
                ExpertDocument.From(write.Entity),
                cancellationToken: ct);
            if (replaced.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Event, ct);
            return true;
        }, cancellationToken);
    }

    public Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            // Two replicas seeding together both find no expert in their snapshots, but both take outbox sequence numbers
            // from the one counter document: the second conflicts, reruns, and then sees the first one's experts.
            if (await store.Experts.Find(session, Filter.Empty).AnyAsync(ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            if (!await InsertAsync(session, writes, ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            return true;
        }, cancellationToken);

    /// <summary>Inserts the experts and appends their events; false if an id is taken (the caller aborts).</summary>
    private async Task<bool> InsertAsync(IClientSessionHandle session, IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return true;
        }

        try
        {
            await store.Experts.InsertManyAsync(session, writes.Select(w => ExpertDocument.From(w.Entity)), cancellationToken: cancellationToken);
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            return false;
        }

        await MongoOutboxStore.AppendAsync(store, session, [.. writes.Select(w => w.Event)], cancellationToken);
        return true;
    }
}

using Hubs.HubNode.Experts;
using Hubs.HubNode.Versioning;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>Experts in MongoDB: the versioned writes (<see cref="MongoVersionedStore{T, TDocument}"/>) and the demo seeding.</summary>
internal sealed class MongoExpertStore(MongoStore store) : MongoVersionedStore<Expert, ExpertDocument>(store, store.Experts), IExpertStore
{
    public Task<bool> SeedAsync(IReadOnlyList<VersionedWrite<Expert>> writes, CancellationToken cancellationToken = default) =>
        Store.InTransactionAsync(async (session, ct) =>
        {
            // Two replicas seeding together both find no expert in their snapshots, but both take outbox sequence numbers
            // from the one counter document: the second conflicts, reruns, and then sees the first one's experts.
            if (await Collection.Find(session, Builders<ExpertDocument>.Filter.Empty).AnyAsync(ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            if (!await InsertAsync(session, writes, ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            return true;
        }, cancellationToken);
}

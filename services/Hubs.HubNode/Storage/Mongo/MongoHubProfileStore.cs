using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoHubProfileStore(MongoStore store, TimeProvider time) : IHubProfileStore
{
    private static FilterDefinitionBuilder<HubProfileDocument> Filter => Builders<HubProfileDocument>.Filter;

    public async Task<StoredHubProfile?> GetAsync(string hubId, CancellationToken cancellationToken = default)
    {
        var document = await store.HubProfiles.Find(Filter.Eq(d => d.Id, hubId)).FirstOrDefaultAsync(cancellationToken);
        return document?.ToStored();
    }

    public Task<bool> SaveAsync(HubProfile profile, long version, long expectedVersion, OutboxMessage announcement, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            var document = HubProfileDocument.From(profile, version, time.GetUtcNow());

            // Insert on first start (the _id index refuses a second one); otherwise move the version only from the one this writer read.
            bool saved;
            if (expectedVersion == 0)
            {
                try
                {
                    await store.HubProfiles.InsertOneAsync(session, document, cancellationToken: ct);
                    saved = true;
                }
                catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
                {
                    saved = false;
                }
            }
            else
            {
                var replaced = await store.HubProfiles.ReplaceOneAsync(
                    session, Filter.Eq(d => d.Id, profile.Id) & Filter.Eq(d => d.Version, expectedVersion), document, cancellationToken: ct);
                saved = replaced.MatchedCount == 1;
            }

            if (!saved)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, announcement, ct);
            return true;
        }, cancellationToken);
}

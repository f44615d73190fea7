using Hubs.HubNode.Snapshots;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoSnapshotStore(MongoStore store) : ISnapshotStore
{
    /// <remarks>
    /// The reads come from the transaction's snapshot, and the append takes outbox sequence numbers from the counter
    /// every change's event also takes: a change that commits after the snapshot was read conflicts there, so this
    /// reruns on the newer state. The state and the outbox entries therefore agree, as under SQLite's write lock.
    /// </remarks>
    public Task<Snapshot> AppendAsync(string hubId, Func<HubState, Snapshot> take, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            var profile = await store.HubProfiles.Find(session, Builders<HubProfileDocument>.Filter.Eq(d => d.Id, hubId)).FirstOrDefaultAsync(ct);
            var experts = await store.Experts.Find(session, Builders<ExpertDocument>.Filter.Empty)
                .Sort(Builders<ExpertDocument>.Sort.Ascending(d => d.Id))
                .ToListAsync(ct);
            var practices = await store.Practices.Find(session, Builders<PracticeDocument>.Filter.Empty)
                .Sort(Builders<PracticeDocument>.Sort.Ascending(d => d.Id))
                .ToListAsync(ct);
            var state = new HubState(
                profile?.ToStored(),
                profile is null ? DateTimeOffset.MinValue : MongoFields.Offset(profile.UpdatedAt),
                [.. experts.Select(e => e.ToEntity())],
                [.. practices.Select(d => d.ToEntity())]);

            var snapshot = take(state);
            await MongoOutboxStore.AppendAsync(store, session, snapshot.Messages, ct);
            return snapshot;
        }, cancellationToken);
}

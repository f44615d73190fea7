using Hubs.HubNode.Availability;
using Hubs.ServiceDefaults.Outbox;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoAvailabilityStore(MongoStore store) : IAvailabilityStore
{
    private static FilterDefinitionBuilder<ExpertAvailabilityDocument> Filter => Builders<ExpertAvailabilityDocument>.Filter;

    public async Task<ExpertAvailability?> GetAsync(Guid expertId, CancellationToken cancellationToken = default)
    {
        var document = await store.Availability.Find(Filter.Eq(d => d.Id, MongoFields.Id(expertId))).FirstOrDefaultAsync(cancellationToken);
        return document?.ToAvailability();
    }

    public async Task<IReadOnlyList<ExpertAvailability>> ListAsync(CancellationToken cancellationToken = default)
    {
        var documents = await store.Availability.Find(Filter.Empty)
            .Sort(Builders<ExpertAvailabilityDocument>.Sort.Ascending(d => d.Id))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToAvailability())];
    }

    public Task<bool> SaveAsync(AvailabilityWrite write, long expectedVersion, long expectedSummaryVersion, CancellationToken cancellationToken = default)
    {
        var availability = write.Availability;
        if (availability.Version != expectedVersion + 1 || availability.SummaryVersion != expectedSummaryVersion + 1)
        {
            return Task.FromResult(false);
        }

        return store.InTransactionAsync(async (session, ct) =>
        {
            // The expert must be active when this commits: a retirement is an expert write with an event, so it takes an
            // outbox sequence number as this write does, and one of the two reruns after the other (see MongoOutboxStore).
            var active = await store.Experts.Find(
                    session,
                    Builders<ExpertDocument>.Filter.Eq(d => d.Id, MongoFields.Id(availability.ExpertId)) & Builders<ExpertDocument>.Filter.Eq(d => d.RetiredAt, null))
                .AnyAsync(ct);
            if (!active || !await StoreAsync(session, ExpertAvailabilityDocument.From(availability), expectedVersion, expectedSummaryVersion, ct))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Event, ct);
            return true;
        }, cancellationToken);
    }

    public Task<bool> SaveSummaryAsync(
        Guid expertId,
        AvailabilitySummary summary,
        long summaryVersion,
        long expectedSummaryVersion,
        OutboxMessage summaryEvent,
        CancellationToken cancellationToken = default)
    {
        if (summaryVersion != expectedSummaryVersion + 1)
        {
            return Task.FromResult(false);
        }

        return store.InTransactionAsync(async (session, ct) =>
        {
            var updated = await store.Availability.UpdateOneAsync(
                session,
                Filter.Eq(d => d.Id, MongoFields.Id(expertId)) & Filter.Eq(d => d.SummaryVersion, expectedSummaryVersion),
                Builders<ExpertAvailabilityDocument>.Update
                    .Set(d => d.Summary, AvailabilitySummaryDocument.From(summary))
                    .Set(d => d.SummaryVersion, summaryVersion),
                cancellationToken: ct);
            if (updated.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, summaryEvent, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>Inserts the first availability (the _id index refuses a second) or replaces the one at the expected versions.</summary>
    private async Task<bool> StoreAsync(
        IClientSessionHandle session, ExpertAvailabilityDocument document, long expectedVersion, long expectedSummaryVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion != 0)
        {
            var replaced = await store.Availability.ReplaceOneAsync(
                session,
                Filter.Eq(d => d.Id, document.Id) & Filter.Eq(d => d.Version, expectedVersion) & Filter.Eq(d => d.SummaryVersion, expectedSummaryVersion),
                document,
                cancellationToken: cancellationToken);
            return replaced.MatchedCount == 1;
        }

        try
        {
            await store.Availability.InsertOneAsync(session, document, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            return false;
        }
    }
}

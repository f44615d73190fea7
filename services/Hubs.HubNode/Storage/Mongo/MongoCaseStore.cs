using Hubs.HubNode.Cases;
using Hubs.HubNode.Profile;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

internal sealed class MongoCaseStore(MongoStore store, IOptions<HubOptions> hub) : ICaseStore
{
    public Task<ConsultationCase?> GetAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        // A read-only transaction: both reads see one snapshot, so a booking written in between cannot half-appear.
        store.InTransactionAsync<ConsultationCase?>(async (session, ct) =>
        {
            var id = MongoFields.Id(caseId);
            var found = await store.Cases.Find(
                    session,
                    Builders<CaseDocument>.Filter.Eq(d => d.Id, id) & Builders<CaseDocument>.Filter.Eq(d => d.HubId, hub.Value.Id))
                .FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }

            var meetings = await store.Bookings.Find(session, Builders<BookingDocument>.Filter.Eq(d => d.CaseId, id))
                .Sort(Builders<BookingDocument>.Sort.Ascending(d => d.Start).Ascending(d => d.Id))
                .ToListAsync(ct);
            return new ConsultationCase(
                caseId, found.HubId, found.BusinessEmail, MongoFields.Instant(found.OpenedAt), [.. meetings.Select(m => m.ToBooking())]);
        }, cancellationToken);
}

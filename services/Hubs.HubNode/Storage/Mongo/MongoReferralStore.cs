using Hubs.Contracts.Referrals;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Referrals;
using Hubs.ServiceDefaults.Outbox;
using MongoDB.Driver;
using NodaTime;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// Warm referrals in MongoDB, with the SQLite adapter's conditions as write filters: the _id and the unique
/// (bookingId, toHubId) index store a referral once, a claim is taken only where none is held or it went stale (one
/// booking per referral), a status is applied only over an older one. Each change and its message are one transaction.
/// </summary>
internal sealed class MongoReferralStore(MongoStore store) : IReferralStore
{
    private static FilterDefinitionBuilder<IncomingReferralDocument> Incoming => Builders<IncomingReferralDocument>.Filter;

    private static FilterDefinitionBuilder<OutgoingReferralDocument> Outgoing => Builders<OutgoingReferralDocument>.Filter;

    public async Task<OutgoingReferral> AddOutgoingAsync(OutgoingReferral referral, OutboxMessage send, CancellationToken cancellationToken = default)
    {
        var added = await store.InTransactionAsync(async (session, ct) =>
        {
            try
            {
                await store.OutgoingReferrals.InsertOneAsync(session, OutgoingReferralDocument.From(referral), cancellationToken: ct);
            }
            catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, send, ct);
            return true;
        }, cancellationToken);
        if (added)
        {
            return referral;
        }

        var existing = await store.OutgoingReferrals.Find(
                Outgoing.Eq(d => d.BookingId, MongoFields.Id(referral.BookingId)) & Outgoing.Eq(d => d.ToHubId, referral.ToHubId))
            .FirstAsync(cancellationToken);
        return existing.ToReferral();
    }

    public async Task<IReadOnlyList<OutgoingReferral>> ListOutgoingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var documents = await store.OutgoingReferrals.Find(Outgoing.Empty)
            .Sort(Builders<OutgoingReferralDocument>.Sort.Descending(d => d.CreatedAt).Descending(d => d.Id))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToReferral())];
    }

    public async Task<bool> ApplyStatusAsync(Guid referralId, string toHubId, string status, long version, Instant at, CancellationToken cancellationToken = default)
    {
        var updated = await store.OutgoingReferrals.UpdateOneAsync(
            Outgoing.Eq(d => d.Id, MongoFields.Id(referralId)) & Outgoing.Eq(d => d.ToHubId, toHubId) & Outgoing.Lt(d => d.StatusVersion, version),
            Builders<OutgoingReferralDocument>.Update
                .Set(d => d.Status, status)
                .Set(d => d.StatusVersion, version)
                .Set(d => d.UpdatedAt, MongoFields.Date(at)),
            cancellationToken: cancellationToken);
        return updated.MatchedCount == 1;
    }

    public Task<bool> AddIncomingAsync(IncomingReferral referral, OutboxMessage opened, MailPlan? mail = null, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            try
            {
                await store.IncomingReferrals.InsertOneAsync(session, IncomingReferralDocument.From(referral), cancellationToken: ct);
            }
            catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, opened, ct);
            await MongoMailStore.AppendAsync(store, session, mail, ct);
            return true;
        }, cancellationToken);

    public async Task<IncomingReferral?> GetIncomingAsync(Guid referralId, CancellationToken cancellationToken = default)
    {
        var document = await store.IncomingReferrals.Find(Incoming.Eq(d => d.Id, MongoFields.Id(referralId))).FirstOrDefaultAsync(cancellationToken);
        return document?.ToReferral();
    }

    public async Task<IReadOnlyList<IncomingReferral>> ListIncomingAsync(string? status, int limit, CancellationToken cancellationToken = default)
    {
        var documents = await store.IncomingReferrals.Find(status is null ? Incoming.Empty : Incoming.Eq(d => d.Status, status))
            .Sort(Builders<IncomingReferralDocument>.Sort.Descending(d => d.ReceivedAt).Descending(d => d.Id))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToReferral())];
    }

    public async Task<bool> ClaimAsync(Guid referralId, Guid token, Instant now, Instant staleBefore, CancellationToken cancellationToken = default)
    {
        var claimed = await store.IncomingReferrals.UpdateOneAsync(
            Incoming.Eq(d => d.Id, MongoFields.Id(referralId))
            & Incoming.Eq(d => d.Status, ReferralStatuses.Open)
            & (Incoming.Eq(d => d.ClaimToken, null) | Incoming.Lt(d => d.ClaimedAt, MongoFields.Date(staleBefore))),
            Builders<IncomingReferralDocument>.Update
                .Set(d => d.ClaimToken, MongoFields.Id(token))
                .Set(d => d.ClaimedAt, MongoFields.Date(now)),
            cancellationToken: cancellationToken);
        return claimed.MatchedCount == 1;
    }

    public async Task ReleaseAsync(Guid referralId, Guid token, CancellationToken cancellationToken = default) =>
        await store.IncomingReferrals.UpdateOneAsync(
            Incoming.Eq(d => d.Id, MongoFields.Id(referralId)) & Incoming.Eq(d => d.ClaimToken, MongoFields.Id(token)),
            Builders<IncomingReferralDocument>.Update.Set(d => d.ClaimToken, null).Set(d => d.ClaimedAt, null),
            cancellationToken: cancellationToken);

    public Task<IncomingReferral?> MarkBookedAsync(
        Guid referralId, Guid token, Guid bookingId, Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync<IncomingReferral?>(async (session, ct) =>
        {
            var booked = await store.IncomingReferrals.FindOneAndUpdateAsync(
                session,
                Incoming.Eq(d => d.Id, MongoFields.Id(referralId)) & Incoming.Eq(d => d.ClaimToken, MongoFields.Id(token)) & Incoming.Eq(d => d.Status, ReferralStatuses.Open),
                Builders<IncomingReferralDocument>.Update
                    .Set(d => d.Status, ReferralStatuses.Booked)
                    .Inc(d => d.Version, 1L)
                    .Set(d => d.BookingId, MongoFields.Id(bookingId))
                    .Set(d => d.ClaimToken, null)
                    .Set(d => d.ClaimedAt, null)
                    .Set(d => d.UpdatedAt, MongoFields.Date(at)),
                new FindOneAndUpdateOptions<IncomingReferralDocument> { ReturnDocument = ReturnDocument.After },
                ct);
            if (booked is null)
            {
                return await MongoStore.RefuseAsync<IncomingReferral?>(session, null, ct);
            }

            var referral = booked.ToReferral();
            await MongoOutboxStore.AppendAsync(store, session, announce(referral), ct);
            return referral;
        }, cancellationToken);

    public Task<IncomingReferral?> DeclineAsync(
        Guid referralId, string reason, Instant at, Instant staleBefore, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync<IncomingReferral?>(async (session, ct) =>
        {
            var declined = await store.IncomingReferrals.FindOneAndUpdateAsync(
                session,
                Incoming.Eq(d => d.Id, MongoFields.Id(referralId))
                & Incoming.Eq(d => d.Status, ReferralStatuses.Open)
                & (Incoming.Eq(d => d.ClaimToken, null) | Incoming.Lt(d => d.ClaimedAt, MongoFields.Date(staleBefore))),
                Builders<IncomingReferralDocument>.Update
                    .Set(d => d.Status, ReferralStatuses.Declined)
                    .Inc(d => d.Version, 1L)
                    .Set(d => d.DeclineReason, reason)
                    .Set(d => d.DeclinedAt, MongoFields.Date(at))
                    .Set(d => d.ClaimToken, null)
                    .Set(d => d.ClaimedAt, null)
                    .Set(d => d.UpdatedAt, MongoFields.Date(at)),
                new FindOneAndUpdateOptions<IncomingReferralDocument> { ReturnDocument = ReturnDocument.After },
                ct);
            if (declined is null)
            {
                return await MongoStore.RefuseAsync<IncomingReferral?>(session, null, ct);
            }

            var referral = declined.ToReferral();
            await MongoOutboxStore.AppendAsync(store, session, announce(referral), ct);
            return referral;
        }, cancellationToken);

    public Task<IReadOnlyList<IncomingReferral>> SettleAsync(Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync<IReadOnlyList<IncomingReferral>>(async (session, ct) =>
        {
            var booked = await store.IncomingReferrals.Find(session, Incoming.Eq(d => d.Status, ReferralStatuses.Booked) & Incoming.Ne(d => d.BookingId, null))
                .Sort(Builders<IncomingReferralDocument>.Sort.Ascending(d => d.Id))
                .ToListAsync(ct);
            if (booked.Count == 0)
            {
                return [];
            }

            var bookings = Builders<BookingDocument>.Filter;
            var settled = (await store.Bookings.Find(
                        session,
                        bookings.In(d => d.Id, booked.Select(r => r.BookingId!))
                        & (bookings.Ne(d => d.Outcome, null) | bookings.Eq(d => d.Status, BookingStatuses.Cancelled)))
                    .Project(d => new { d.Id, d.Outcome })
                    .ToListAsync(ct))
                .ToDictionary(b => b.Id, b => b.Outcome is not null, StringComparer.Ordinal);

            var changed = new List<IncomingReferral>();
            foreach (var referral in booked.Where(r => settled.ContainsKey(r.BookingId!)))
            {
                // An outcome closes the referral; a cancelled booking gives it back to the staff to book again.
                var closes = settled[referral.BookingId!];
                var updated = await store.IncomingReferrals.FindOneAndUpdateAsync(
                    session,
                    Incoming.Eq(d => d.Id, referral.Id) & Incoming.Eq(d => d.Version, referral.Version) & Incoming.Eq(d => d.Status, ReferralStatuses.Booked),
                    Builders<IncomingReferralDocument>.Update
                        .Set(d => d.Status, closes ? ReferralStatuses.Closed : ReferralStatuses.Open)
                        .Inc(d => d.Version, 1L)
                        .Set(d => d.BookingId, closes ? referral.BookingId : null)
                        .Set(d => d.UpdatedAt, MongoFields.Date(at)),
                    new FindOneAndUpdateOptions<IncomingReferralDocument> { ReturnDocument = ReturnDocument.After },
                    ct);
                if (updated is not null)
                {
                    var settledReferral = updated.ToReferral();
                    await MongoOutboxStore.AppendAsync(store, session, announce(settledReferral), ct);
                    changed.Add(settledReferral);
                }
            }

            return changed;
        }, cancellationToken);
}

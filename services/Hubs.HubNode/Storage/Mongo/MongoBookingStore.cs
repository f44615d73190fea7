using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Slots;
using MongoDB.Driver;
using NodaTime;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// Bookings in MongoDB. Every write is one transaction that first writes the business's <see cref="BusinessDocument"/>,
/// so two writes of one business run one after the other and the checks they make (open bookings, the follow-up rule)
/// hold at commit. The expert's time is claimed through <c>bookingCells</c> and its unique (expertId, minute) index
/// (decision 0006): a collision aborts the whole write.
/// </summary>
internal sealed class MongoBookingStore(MongoStore store) : IBookingStore
{
    private static FilterDefinitionBuilder<BookingDocument> Filter => Builders<BookingDocument>.Filter;

    public async Task<Booking?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var document = await store.Bookings.Find(Filter.Eq(d => d.Id, MongoFields.Id(id))).FirstOrDefaultAsync(cancellationToken);
        return document?.ToBooking();
    }

    public async Task<IReadOnlyList<Booking>> ListAsync(BookingFilter filter, CancellationToken cancellationToken = default)
    {
        var where = Filter.Empty;
        if (filter.From is { } from)
        {
            where &= Filter.Gte(d => d.Start, MongoFields.Date(from));
        }

        if (filter.To is { } to)
        {
            where &= Filter.Lt(d => d.Start, MongoFields.Date(to));
        }

        if (filter.ExpertId is { } expertId)
        {
            where &= Filter.Eq(d => d.ExpertId, MongoFields.Id(expertId));
        }

        if (filter.Status is { } status)
        {
            where &= Filter.Eq(d => d.Status, status);
        }

        var documents = await store.Bookings.Find(where)
            .Sort(Builders<BookingDocument>.Sort.Ascending(d => d.Start).Ascending(d => d.Id))
            .Limit(filter.Limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToBooking())];
    }

    public async Task<IReadOnlyList<BusyTime>> ListBusyAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default)
    {
        if (expertIds.Count == 0)
        {
            return [];
        }

        var busy = await store.Bookings.Find(
                Filter.Ne(d => d.Status, BookingStatuses.Cancelled)
                & Filter.In(d => d.ExpertId, expertIds.Select(MongoFields.Id))
                & Filter.Lt(d => d.Start, MongoFields.Date(window.End))
                & Filter.Gt(d => d.End, MongoFields.Date(window.Start)))
            .Project(d => new { d.ExpertId, d.Start, d.End })
            .ToListAsync(cancellationToken);
        return [.. busy.Select(b => new BusyTime(Guid.Parse(b.ExpertId), new Interval(MongoFields.Instant(b.Start), MongoFields.Instant(b.End))))];
    }

    public Task<BookingClaim> AddAsync(BookingWrite write, Instant claimUntil, BookingConditions conditions, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            var booking = write.Booking;
            await HoldBusinessAsync(session, booking, ct);
            if (booking.Kind == ConsultationKind.Followup)
            {
                var followup = await CheckFollowupAsync(session, booking, ct);
                if (followup != BookingClaim.Booked)
                {
                    return await MongoStore.RefuseAsync(session, followup, ct);
                }
            }
            else
            {
                await store.Cases.InsertOneAsync(
                    session,
                    new CaseDocument
                    {
                        Id = MongoFields.Id(booking.CaseId),
                        HubId = booking.HubId,
                        BusinessEmail = booking.Intake.Email,
                        OpenedAt = MongoFields.Date(booking.CreatedAt),
                    },
                    cancellationToken: ct);
            }

            var open = await store.Bookings.CountDocumentsAsync(
                session,
                Filter.Eq(d => d.Intake.Email, booking.Intake.Email)
                & Filter.Eq(d => d.HubId, booking.HubId)
                & Filter.Eq(d => d.Status, BookingStatuses.Booked)
                & Filter.Gt(d => d.End, MongoFields.Date(conditions.Now)),
                cancellationToken: ct);
            if (open >= conditions.MaxOpenPerBusiness)
            {
                return await MongoStore.RefuseAsync(session, BookingClaim.BusinessLimitReached, ct);
            }

            await store.Bookings.InsertOneAsync(session, BookingDocument.From(booking), cancellationToken: ct);
            if (!await ClaimAsync(session, booking, claimUntil, ct))
            {
                return await MongoStore.RefuseAsync(session, BookingClaim.SlotTaken, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Events, ct);
            await MongoMailStore.AppendAsync(store, session, write.Mail, ct);
            return BookingClaim.Booked;
        }, cancellationToken);

    public Task<bool> UpdateAsync(BookingWrite write, long expectedVersion, bool releaseTime, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            var booking = write.Booking;
            await HoldBusinessAsync(session, booking, ct);
            var updated = await store.Bookings.UpdateOneAsync(
                session,
                Filter.Eq(d => d.Id, MongoFields.Id(booking.Id)) & Filter.Eq(d => d.Version, expectedVersion),
                Builders<BookingDocument>.Update
                    .Set(d => d.Status, booking.Status)
                    .Set(d => d.Version, booking.Version)
                    .Set(d => d.Sequence, booking.Sequence)
                    .Set(d => d.UpdatedAt, MongoFields.Date(booking.UpdatedAt))
                    .Set(d => d.CancelledAt, MongoFields.Date(booking.CancelledAt))
                    .Set(d => d.Outcome, OutcomeDocument.From(booking.Outcome)),
                cancellationToken: ct);
            if (updated.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, false, ct);
            }

            if (releaseTime)
            {
                await ReleaseAsync(session, booking.Id, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Events, ct);
            await MongoMailStore.AppendAsync(store, session, write.Mail, ct);
            return true;
        }, cancellationToken);

    public Task<BookingMove> MoveAsync(BookingWrite write, long expectedVersion, Instant claimUntil, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async (session, ct) =>
        {
            var booking = write.Booking;
            await HoldBusinessAsync(session, booking, ct);
            var updated = await store.Bookings.UpdateOneAsync(
                session,
                Filter.Eq(d => d.Id, MongoFields.Id(booking.Id)) & Filter.Eq(d => d.Version, expectedVersion) & Filter.Eq(d => d.Status, BookingStatuses.Booked),
                Builders<BookingDocument>.Update
                    .Set(d => d.Start, MongoFields.Date(booking.Start))
                    .Set(d => d.End, MongoFields.Date(booking.End))
                    .Set(d => d.Version, booking.Version)
                    .Set(d => d.Sequence, booking.Sequence)
                    .Set(d => d.UpdatedAt, MongoFields.Date(booking.UpdatedAt)),
                cancellationToken: ct);
            if (updated.MatchedCount != 1)
            {
                return await MongoStore.RefuseAsync(session, BookingMove.Stale, ct);
            }

            // Free the old time first so a move by a few minutes can overlap itself; a failed claim aborts the release too.
            await ReleaseAsync(session, booking.Id, ct);
            if (!await ClaimAsync(session, booking, claimUntil, ct))
            {
                return await MongoStore.RefuseAsync(session, BookingMove.SlotTaken, ct);
            }

            await MongoOutboxStore.AppendAsync(store, session, write.Events, ct);
            await MongoMailStore.AppendAsync(store, session, write.Mail, ct);
            return BookingMove.Moved;
        }, cancellationToken);

    /// <summary>Writes the business's document: the conflict point that orders this business's booking writes.</summary>
    private async Task HoldBusinessAsync(IClientSessionHandle session, Booking booking, CancellationToken cancellationToken) =>
        await store.Businesses.UpdateOneAsync(
            session,
            Builders<BusinessDocument>.Filter.Eq(d => d.Id, BusinessDocument.Key(booking.HubId, booking.Intake.Email)),
            Builders<BusinessDocument>.Update.Inc(d => d.Writes, 1L),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    private async Task<BookingClaim> CheckFollowupAsync(IClientSessionHandle session, Booking booking, CancellationToken cancellationToken)
    {
        var caseId = MongoFields.Id(booking.CaseId);
        var owner = await store.Cases.Find(
                session,
                Builders<CaseDocument>.Filter.Eq(d => d.Id, caseId) & Builders<CaseDocument>.Filter.Eq(d => d.HubId, booking.HubId))
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return BookingClaim.CaseUnknown;
        }

        if (!string.Equals(owner.BusinessEmail, booking.Intake.Email, StringComparison.Ordinal))
        {
            return BookingClaim.CaseOfAnotherBusiness;
        }

        var latest = await store.Bookings.Find(session, Filter.Eq(d => d.CaseId, caseId) & Filter.Ne(d => d.Outcome, null))
            .Sort(Builders<BookingDocument>.Sort.Descending(d => d.Start).Descending(d => d.Outcome!.RecordedAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (latest?.Outcome is not { Attendance: Attendances.Held, Category: OutcomeCategories.FollowUpRecommended })
        {
            return BookingClaim.FollowupNotRecommended;
        }

        var booked = await store.Bookings.Find(
                session,
                Filter.Eq(d => d.CaseId, caseId) & Filter.Eq(d => d.Kind, ConsultationKind.Followup.Code()) & Filter.Eq(d => d.Status, BookingStatuses.Booked))
            .AnyAsync(cancellationToken);
        return booked ? BookingClaim.FollowupAlreadyBooked : BookingClaim.Booked;
    }

    /// <summary>Holds every minute of the expert's time in [start, <paramref name="until"/>) for the booking; false if any is held already.</summary>
    private async Task<bool> ClaimAsync(IClientSessionHandle session, Booking booking, Instant until, CancellationToken cancellationToken)
    {
        var expertId = MongoFields.Id(booking.ExpertId);
        var bookingId = MongoFields.Id(booking.Id);
        var first = ClaimedMinutes.Floor(booking.Start);

        // At least the first minute, as the SQLite claim does, so even a degenerate claim collides with a booking there.
        var count = Math.Max(1, ClaimedMinutes.Ceiling(until) - first);
        var cells = new List<BookingCellDocument>((int)count);
        for (var minute = first; minute < first + count; minute++)
        {
            cells.Add(new BookingCellDocument { ExpertId = expertId, Minute = minute, BookingId = bookingId });
        }

        try
        {
            await store.BookingCells.InsertManyAsync(session, cells, new InsertManyOptions { IsOrdered = true }, cancellationToken);
            return true;
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            // The caller aborts: nothing this transaction wrote is kept.
            return false;
        }
    }

    private async Task ReleaseAsync(IClientSessionHandle session, Guid bookingId, CancellationToken cancellationToken) =>
        await store.BookingCells.DeleteManyAsync(session, Builders<BookingCellDocument>.Filter.Eq(d => d.BookingId, MongoFields.Id(bookingId)), cancellationToken: cancellationToken);
}

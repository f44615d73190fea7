using Hubs.HubNode.Mail;
using MongoDB.Driver;
using NodaTime;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>The mail queue in the hub's MongoDB database, written inside the transactions of the changes that cause mail.</summary>
internal sealed class MongoMailStore(MongoStore store) : IMailStore
{
    private static FilterDefinitionBuilder<MailDocument> Filter => Builders<MailDocument>.Filter;

    private static UpdateDefinitionBuilder<MailDocument> Update => Builders<MailDocument>.Update;

    /// <summary>Writes <paramref name="plan"/> inside the caller's transaction: the one place that writes mail documents.</summary>
    internal static async Task AppendAsync(MongoStore store, IClientSessionHandle session, MailPlan? plan, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            return;
        }

        if (plan.WithdrawRemindersOf is { } bookingId)
        {
            await store.MailQueue.UpdateManyAsync(
                session,
                Filter.Eq(d => d.BookingId, MongoFields.Id(bookingId)) & Filter.Eq(d => d.Kind, MailKinds.Reminder) & Filter.Eq(d => d.Status, MailStatuses.Pending),
                Update.Set(d => d.Status, MailStatuses.Withdrawn).Set(d => d.Mime, null),
                cancellationToken: cancellationToken);
        }

        if (plan.Mails.Count > 0)
        {
            await store.MailQueue.InsertManyAsync(session, plan.Mails.Select(MailDocument.From), cancellationToken: cancellationToken);
        }
    }

    public async Task<IReadOnlyList<QueuedMail>> FetchDueAsync(Instant now, int limit, CancellationToken cancellationToken = default)
    {
        var documents = await store.MailQueue.Find(Filter.Eq(d => d.Status, MailStatuses.Pending) & Filter.Lte(d => d.NextAttemptAt, MongoFields.Date(now)))
            .Sort(Builders<MailDocument>.Sort.Ascending(d => d.CreatedAt).Ascending(d => d.Id))
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToMail())];
    }

    public Task MarkSentAsync(Guid id, Instant at, CancellationToken cancellationToken = default) =>
        store.MailQueue.UpdateOneAsync(
            Pending(id),
            Update.Set(d => d.Status, MailStatuses.Sent).Set(d => d.SentAt, MongoFields.Date(at)).Inc(d => d.Attempts, 1)
                .Set(d => d.Mime, null).Set(d => d.LastError, null),
            cancellationToken: cancellationToken);

    public Task PostponeAsync(Guid id, Instant nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
        store.MailQueue.UpdateOneAsync(
            Pending(id),
            Update.Inc(d => d.Attempts, 1).Set(d => d.NextAttemptAt, MongoFields.Date(nextAttemptAt)).Set(d => d.LastError, reason),
            cancellationToken: cancellationToken);

    public Task MarkUndeliverableAsync(Guid id, Instant at, string reason, CancellationToken cancellationToken = default) =>
        store.MailQueue.UpdateOneAsync(
            Pending(id),
            Update.Set(d => d.Status, MailStatuses.Undeliverable).Inc(d => d.Attempts, 1).Set(d => d.Mime, null).Set(d => d.LastError, reason),
            cancellationToken: cancellationToken);

    public Task WithdrawAsync(Guid id, CancellationToken cancellationToken = default) =>
        store.MailQueue.UpdateOneAsync(
            Pending(id), Update.Set(d => d.Status, MailStatuses.Withdrawn).Set(d => d.Mime, null), cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<MailDelivery>> ListForBookingAsync(Guid bookingId, CancellationToken cancellationToken = default)
    {
        var documents = await store.MailQueue.Find(Filter.Eq(d => d.BookingId, MongoFields.Id(bookingId)))
            .Sort(Builders<MailDocument>.Sort.Ascending(d => d.CreatedAt).Ascending(d => d.DueAt).Ascending(d => d.Id))
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToDelivery())];
    }

    public Task<long> CountPendingAsync(CancellationToken cancellationToken = default) =>
        store.MailQueue.CountDocumentsAsync(Filter.Eq(d => d.Status, MailStatuses.Pending), cancellationToken: cancellationToken);

    private static FilterDefinition<MailDocument> Pending(Guid id) =>
        Filter.Eq(d => d.Id, MongoFields.Id(id)) & Filter.Eq(d => d.Status, MailStatuses.Pending);
}

using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// The hub node's MongoDB database: its collections and the one way to write them, a transaction. Transactions read a
/// snapshot and commit with majority write concern; MongoDB aborts one of two transactions that write the same
/// document (a write conflict) and <see cref="InTransactionAsync{T}"/> reruns it from the start on the new state.
/// That is what every check-then-write here relies on, as the SQLite adapter relies on <c>BEGIN IMMEDIATE</c>.
/// </summary>
internal sealed class MongoStore : IDisposable
{
    public const string OutboxCounter = "outbox";
    private const string TransientTransactionError = "TransientTransactionError";
    private const int DuplicateKeyCode = 11000;

    private static readonly TransactionOptions Transactions = new(readConcern: ReadConcern.Snapshot, writeConcern: WriteConcern.WMajority);
    private readonly MongoClient _client;

    static MongoStore()
    {
        // Camel-case field names, and documents written by a newer build (extra fields) still read, for this folder's types only.
        ConventionRegistry.Register(
            "hubs-hubnode-mongo",
            new ConventionPack { new CamelCaseElementNameConvention(), new IgnoreExtraElementsConvention(true) },
            type => type.Namespace == typeof(MongoStore).Namespace);
    }

    public MongoStore(IOptions<MongoStoreOptions> options)
    {
        _client = new MongoClient(options.Value.ConnectionString);
        Database = _client.GetDatabase(options.Value.Database);
        Experts = Database.GetCollection<ExpertDocument>("experts");
        Outbox = Database.GetCollection<OutboxDocument>("outbox");
        Counters = Database.GetCollection<CounterDocument>("counters");
        HubProfiles = Database.GetCollection<HubProfileDocument>("hubProfile");
        Availability = Database.GetCollection<ExpertAvailabilityDocument>("availability");
        Bookings = Database.GetCollection<BookingDocument>("bookings");
        BookingCells = Database.GetCollection<BookingCellDocument>("bookingCells");
        Cases = Database.GetCollection<CaseDocument>("cases");
        Businesses = Database.GetCollection<BusinessDocument>("businesses");
        Practices = Database.GetCollection<PracticeDocument>("practices");
        IncomingReferrals = Database.GetCollection<IncomingReferralDocument>("incomingReferrals");
        OutgoingReferrals = Database.GetCollection<OutgoingReferralDocument>("outgoingReferrals");
        MailQueue = Database.GetCollection<MailDocument>("mailQueue");
    }

    public IMongoDatabase Database { get; }
    public IMongoCollection<ExpertDocument> Experts { get; }
    public IMongoCollection<OutboxDocument> Outbox { get; }
    public IMongoCollection<CounterDocument> Counters { get; }
    public IMongoCollection<HubProfileDocument> HubProfiles { get; }
    public IMongoCollection<ExpertAvailabilityDocument> Availability { get; }
    public IMongoCollection<BookingDocument> Bookings { get; }
    public IMongoCollection<BookingCellDocument> BookingCells { get; }
    public IMongoCollection<CaseDocument> Cases { get; }
    public IMongoCollection<BusinessDocument> Businesses { get; }
    public IMongoCollection<PracticeDocument> Practices { get; }
    public IMongoCollection<IncomingReferralDocument> IncomingReferrals { get; }
    public IMongoCollection<OutgoingReferralDocument> OutgoingReferrals { get; }
    public IMongoCollection<MailDocument> MailQueue { get; }

    /// <summary>Every collection, created up front: creating one implicitly inside a transaction is not allowed everywhere.</summary>
    public IReadOnlyList<string> CollectionNames =>
    [
        Experts.CollectionNamespace.CollectionName, Outbox.CollectionNamespace.CollectionName,
        Counters.CollectionNamespace.CollectionName, HubProfiles.CollectionNamespace.CollectionName,
        Availability.CollectionNamespace.CollectionName, Bookings.CollectionNamespace.CollectionName,
        BookingCells.CollectionNamespace.CollectionName, Cases.CollectionNamespace.CollectionName,
        Businesses.CollectionNamespace.CollectionName, Practices.CollectionNamespace.CollectionName,
        IncomingReferrals.CollectionNamespace.CollectionName, OutgoingReferrals.CollectionNamespace.CollectionName,
        MailQueue.CollectionNamespace.CollectionName,
    ];

    public static bool IsConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true; // [Required] reports it.
        }

        try
        {
            _ = MongoUrl.Create(value);
            return true;
        }
        catch (MongoConfigurationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it, unless the work ended it with <see cref="RefuseAsync{T}"/>.
    /// The work may run more than once (after a write conflict), so it must read what it decides on inside the transaction.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<IClientSessionHandle, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        return await session.WithTransactionAsync(work, Transactions, cancellationToken);
    }

    /// <summary>Aborts the transaction (nothing it wrote is kept) and answers <paramref name="outcome"/>.</summary>
    public static async Task<T> RefuseAsync<T>(IClientSessionHandle session, T outcome, CancellationToken cancellationToken)
    {
        await session.AbortTransactionAsync(cancellationToken);
        return outcome;
    }

    /// <summary>A unique index refused the write; a write conflict (retried by the transaction) is not one.</summary>
    public static bool IsDuplicateKey(MongoException exception) =>
        !exception.HasErrorLabel(TransientTransactionError) && exception switch
        {
            MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
            MongoBulkWriteException bulk => bulk.WriteErrors.Any(e => e.Category == ServerErrorCategory.DuplicateKey),
            MongoCommandException command => command.Code == DuplicateKeyCode,
            _ => false,
        };

    public Task PingAsync(CancellationToken cancellationToken) =>
        Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken);

    public void Dispose() => _client.Dispose();
}

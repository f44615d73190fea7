using MongoDB.Bson;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// Prepares the hub node's MongoDB database on start, before anything else touches the store: checks that the
/// deployment runs transactions, then applies the numbered steps the database lacks, as the SQLite stores do
/// (decision 28). The database's version is the <c>schema</c> document of <c>counters</c>. MongoDB cannot change
/// indexes inside a transaction, so every step is idempotent: two replicas starting together may both run it. A
/// released step is never edited; a new index or document shape is a new step at the end of <see cref="Steps"/>.
/// </summary>
internal sealed class MongoSchema(MongoStore store, ILogger<MongoSchema> logger) : IHostedService
{
    private const string NamespaceExists = "NamespaceExists";
    private const string SchemaVersion = "schema";

    private (int Version, string Name, Func<CancellationToken, Task> Apply)[] Steps =>
    [
        (1, "collections, indexes and the outbox counter as of the first versioned build", BaselineAsync),
        (2, "an expert's profile as one subdocument (decision 34)", ExpertProfileDocumentAsync),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await RequireTransactionsAsync(cancellationToken);
        var version = await VersionAsync(cancellationToken);
        if (version > Steps.Length)
        {
            throw new InvalidOperationException(
                $"The MongoDB database {store.Database.DatabaseNamespace.DatabaseName} is at schema version {version}, newer than this build's {Steps.Length}: run a newer build.");
        }

        foreach (var (step, name, apply) in Steps.Where(s => s.Version > version))
        {
            await apply(cancellationToken);
            // Only ever forward: a replica that finished a later step first keeps its number.
            await store.Counters.UpdateOneAsync(
                Builders<CounterDocument>.Filter.Eq(c => c.Id, SchemaVersion) & Builders<CounterDocument>.Filter.Lt(c => c.Value, step),
                Builders<CounterDocument>.Update.Set(c => c.Value, (long)step),
                cancellationToken: cancellationToken);
            logger.LogInformation("MongoDB schema step {Version} applied: {Step}", step, name);
        }

        logger.LogInformation("Hub node store ready in MongoDB database {Database}, schema version {Version}",
            store.Database.DatabaseNamespace.DatabaseName, Steps.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The database's schema version (0: never versioned); creates the version document at 0 when missing.</summary>
    private async Task<int> VersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.Counters.UpdateOneAsync(
                Builders<CounterDocument>.Filter.Eq(c => c.Id, SchemaVersion),
                Builders<CounterDocument>.Update.SetOnInsert(c => c.Value, 0L),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            // Another replica inserted it first.
        }

        var document = await store.Counters.Find(Builders<CounterDocument>.Filter.Eq(c => c.Id, SchemaVersion)).SingleAsync(cancellationToken);
        return (int)document.Value;
    }

    // Step 1: what every earlier build created on each start (idempotent, so a database made by any of them gets there).
    private async Task BaselineAsync(CancellationToken cancellationToken)
    {
        var existing = await (await store.Database.ListCollectionNamesAsync(cancellationToken: cancellationToken)).ToListAsync(cancellationToken);
        foreach (var name in store.CollectionNames.Except(existing, StringComparer.Ordinal))
        {
            try
            {
                await store.Database.CreateCollectionAsync(name, cancellationToken: cancellationToken);
            }
            catch (MongoCommandException ex) when (ex.CodeName == NamespaceExists)
            {
                // Another replica created it first.
            }
        }

        await CreateIndexesAsync(cancellationToken);
        try
        {
            await store.Counters.UpdateOneAsync(
                Builders<CounterDocument>.Filter.Eq(c => c.Id, MongoStore.OutboxCounter),
                Builders<CounterDocument>.Update.SetOnInsert(c => c.Value, 0L),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
        }
        catch (MongoException ex) when (MongoStore.IsDuplicateKey(ex))
        {
            // Another replica inserted it first.
        }
    }

    // Step 2: the profile's fields move into one subdocument of ExpertProfile.ToJson's shape, so a new field needs no
    // step. An update pipeline, so each document moves in place; documents already moved are left alone.
    private async Task ExpertProfileDocumentAsync(CancellationToken cancellationToken) =>
        await store.Experts.UpdateManyAsync(
            Builders<ExpertDocument>.Filter.Exists(d => d.Profile, exists: false),
            new PipelineUpdateDefinition<ExpertDocument>(new BsonDocument[]
            {
                new("$set", new BsonDocument("profile", new BsonDocument
                {
                    { "name", "$name" }, { "title", "$title" }, { "bio", "$bio" }, { "competencies", "$competencies" }, { "languages", "$languages" },
                })),
                new("$unset", new BsonArray { "title", "bio", "competencies", "languages" }),
            }),
            cancellationToken: cancellationToken);

    private async Task RequireTransactionsAsync(CancellationToken cancellationToken)
    {
        var hello = await store.Database.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
        var replicaSet = hello.Contains("setName");
        var router = hello.TryGetValue("msg", out var message) && message.IsString && message.AsString == "isdbgrid";
        if (!replicaSet && !router)
        {
            throw new InvalidOperationException(
                "The MongoDB store needs a replica set (or a sharded cluster): its writes are multi-document transactions. " +
                "docker-compose.yml runs a single-node replica set, rs0; point Storage:Mongo:ConnectionString at it with ?replicaSet=rs0.");
        }
    }

    private async Task CreateIndexesAsync(CancellationToken cancellationToken)
    {
        await store.Experts.Indexes.CreateOneAsync(
            new CreateIndexModel<ExpertDocument>(Builders<ExpertDocument>.IndexKeys.Ascending(d => d.Name).Ascending(d => d.Id), new CreateIndexOptions { Name = "by_name" }),
            cancellationToken: cancellationToken);

        var outbox = Builders<OutboxDocument>.IndexKeys;
        await store.Outbox.Indexes.CreateManyAsync(
            [
                new(outbox.Ascending(d => d.EventId), new CreateIndexOptions { Name = "event_id_unique", Unique = true }),
                new(outbox.Ascending(d => d.SentAt).Ascending(d => d.Id), new CreateIndexOptions { Name = "unsent_by_seq" }),
            ],
            cancellationToken);

        var mail = Builders<MailDocument>.IndexKeys;
        await store.MailQueue.Indexes.CreateManyAsync(
            [
                new(mail.Ascending(d => d.MessageId), new CreateIndexOptions { Name = "message_id_unique", Unique = true }),
                new(mail.Ascending(d => d.Status).Ascending(d => d.NextAttemptAt), new CreateIndexOptions { Name = "due" }),
                new(mail.Ascending(d => d.BookingId), new CreateIndexOptions { Name = "by_booking" }),
            ],
            cancellationToken);

        var bookings = Builders<BookingDocument>.IndexKeys;
        await store.Bookings.Indexes.CreateManyAsync(
            [
                new(bookings.Ascending(d => d.Start).Ascending(d => d.Id), new CreateIndexOptions { Name = "by_start" }),
                new(bookings.Ascending(d => d.CaseId), new CreateIndexOptions { Name = "by_case" }),
                new(bookings.Ascending(d => d.Intake.Email).Ascending(d => d.Status), new CreateIndexOptions { Name = "open_by_business" }),
                new(bookings.Ascending(d => d.ExpertId).Ascending(d => d.Start), new CreateIndexOptions { Name = "busy_by_expert" }),
                new(bookings.Ascending(d => d.VideoLink), new CreateIndexOptions { Name = "video_link_unique", Unique = true }),
            ],
            cancellationToken);

        // Decision 0006: one minute of an expert's time can be held by one booking only.
        var cells = Builders<BookingCellDocument>.IndexKeys;
        await store.BookingCells.Indexes.CreateManyAsync(
            [
                new(cells.Ascending(d => d.ExpertId).Ascending(d => d.Minute), new CreateIndexOptions { Name = "expert_minute_unique", Unique = true }),
                new(cells.Ascending(d => d.BookingId), new CreateIndexOptions { Name = "by_booking" }),
            ],
            cancellationToken);

        // One referral per meeting and receiving hub (the SQLite UNIQUE (booking_id, to_hub_id)).
        var outgoing = Builders<OutgoingReferralDocument>.IndexKeys;
        await store.OutgoingReferrals.Indexes.CreateManyAsync(
            [
                new(outgoing.Ascending(d => d.BookingId).Ascending(d => d.ToHubId), new CreateIndexOptions { Name = "booking_hub_unique", Unique = true }),
                new(outgoing.Descending(d => d.CreatedAt).Descending(d => d.Id), new CreateIndexOptions { Name = "by_created" }),
            ],
            cancellationToken);
        var incoming = Builders<IncomingReferralDocument>.IndexKeys;
        await store.IncomingReferrals.Indexes.CreateManyAsync(
            [
                new(incoming.Descending(d => d.ReceivedAt).Descending(d => d.Id), new CreateIndexOptions { Name = "by_received" }),
                new(incoming.Ascending(d => d.Status), new CreateIndexOptions { Name = "by_status" }),
            ],
            cancellationToken);

        await store.Practices.Indexes.CreateOneAsync(
            new CreateIndexModel<PracticeDocument>(
                Builders<PracticeDocument>.IndexKeys.Descending(d => d.UpdatedAt).Descending(d => d.Id), new CreateIndexOptions { Name = "by_update" }),
            cancellationToken: cancellationToken);
    }
}

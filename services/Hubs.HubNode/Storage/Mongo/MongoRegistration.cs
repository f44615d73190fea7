using Hubs.HubNode.Mail;
using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Snapshots;

namespace Hubs.HubNode.Storage.Mongo;

public static class MongoRegistration
{
    /// <summary>The MongoDB adapters of every store port, <c>Storage:Mongo</c> (validated on start), the schema step first and the health check.</summary>
    public static IHostApplicationBuilder AddMongoStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MongoStoreOptions>()
            .Bind(builder.Configuration.GetSection(MongoStoreOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => MongoStore.IsConnectionString(o.ConnectionString), $"{MongoStoreOptions.Section}:ConnectionString is not a MongoDB connection string (mongodb://… or mongodb+srv://…).")
            .ValidateOnStart();
        builder.Services.AddSingleton<MongoStore>();
        builder.Services.AddHealthChecks().AddCheck<MongoHealthCheck>("store", tags: ["ready"]);

        builder.Services.AddHostedService<MongoSchema>();
        builder.Services.AddSingleton<IExpertStore, MongoExpertStore>();
        builder.Services.AddSingleton<IOutboxStore, MongoOutboxStore>();
        builder.Services.AddSingleton<IMailStore, MongoMailStore>();
        builder.Services.AddSingleton<IHubProfileStore, MongoHubProfileStore>();
        builder.Services.AddSingleton<ISnapshotStore, MongoSnapshotStore>();
        builder.Services.AddSingleton<IAvailabilityStore, MongoAvailabilityStore>();
        builder.Services.AddSingleton<IBookingStore, MongoBookingStore>();
        builder.Services.AddSingleton<ICaseStore, MongoCaseStore>();
        builder.Services.AddSingleton<IPracticeStore, MongoPracticeStore>();
        builder.Services.AddSingleton<IReferralStore, MongoReferralStore>();
        return builder;
    }
}

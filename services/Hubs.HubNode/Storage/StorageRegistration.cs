using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Snapshots;
using Hubs.HubNode.Storage.Mongo;
using Hubs.HubNode.Storage.Sqlite;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.HubNode.Storage;

public static class StorageRegistration
{
    public const string ProviderKey = "Storage:Provider";
    public const string Sqlite = "sqlite";
    public const string Mongo = "mongo";

    /// <summary>The store adapters chosen by <c>Storage:Provider</c>; registers the schema step first, so it runs before anything reads.</summary>
    public static IHostApplicationBuilder AddHubNodeStore(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration[ProviderKey];
        if (string.Equals(provider, Mongo, StringComparison.OrdinalIgnoreCase))
        {
            builder.AddMongoStore();

            // As below: before the NoBusyTimes fallback.
            builder.Services.AddSingleton<IExpertBusyTimes, BookedTimes>();
            return builder;
        }

        if (!string.IsNullOrWhiteSpace(provider) && !string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ProviderKey} '{provider}' is unknown; use '{Sqlite}' (the default) or '{Mongo}'.");
        }

        // One file per hub, so several hub nodes can share a data folder on one machine.
        var hubId = builder.Configuration[$"{HubOptions.Section}:{nameof(HubOptions.Id)}"];
        builder.AddSqliteStore(string.IsNullOrWhiteSpace(hubId) ? "hubnode.db" : $"hubnode-{hubId}.db", SqliteSchema.Migrations);

        builder.Services.AddSingleton<IExpertStore, SqliteExpertStore>();
        builder.Services.AddSqliteOutbox();
        builder.Services.AddSingleton<IHubProfileStore, SqliteHubProfileStore>();
        builder.Services.AddSingleton<ISnapshotStore, SqliteSnapshotStore>();
        builder.Services.AddSingleton<IAvailabilityStore, SqliteAvailabilityStore>();
        builder.Services.AddSingleton<IBookingStore, SqliteBookingStore>();
        builder.Services.AddSingleton<ICaseStore, SqliteCaseStore>();
        builder.Services.AddSingleton<IPracticeStore, SqlitePracticeStore>();
        builder.Services.AddSingleton<IReferralStore, SqliteReferralStore>();
        builder.Services.AddSingleton<IMailStore, SqliteMailStore>();

        // Registered before the application's NoBusyTimes fallback (a TryAdd), so slots leave out booked time.
        builder.Services.AddSingleton<IExpertBusyTimes, BookedTimes>();
        return builder;
    }
}

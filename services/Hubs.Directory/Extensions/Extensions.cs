using Hubs.Directory.Experts;
using Hubs.Directory.Export;
using Hubs.Directory.HubAccess;
using Hubs.Directory.Messaging;
using Hubs.Directory.Referrals;
using Hubs.Directory.Registry;
using Hubs.Directory.Resync;
using Hubs.Directory.Statistics;
using Hubs.Directory.Storage.ReadModel;
using Hubs.Directory.Storage.Sqlite;
using Hubs.ServiceDefaults.Consent;
using Hubs.ServiceDefaults.Messaging;
using Hubs.ServiceDefaults.OpenApi;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHubsOpenApi("Hubs — directory", "The network's read model: hubs and their liveness, the cross-hub expert directory, referrals to the best-suited hub, statistics, the Open Referral export. Reached through the gateway at /api/directory/…");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DirectoryOptions>()
            .Bind(builder.Configuration.GetSection(DirectoryOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        AddStore(builder);

        builder.Services.AddOptions<ReferralOptions>()
            .Bind(builder.Configuration.GetSection(ReferralOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<HubLiveness>();
        builder.Services.AddSingleton<ReferralDesk>();
        builder.Services.AddSingleton<WarmReferralDesk>();
        builder.AddConsent(HandOverConsent.BuiltIn);
        builder.Services.AddSingleton<LiveAvailability>();
        builder.AddHubAccess();
        builder.Services.AddSingleton<ProjectionMetrics>();

        // Hub events reach the consumers only from their own hub's broker user, and not while the hub is suspended.
        builder.Services.AddSingleton<IRefusedEvents>(sp => sp.GetRequiredService<ProjectionMetrics>());
        builder.Services.AddSingleton<IHubMembership, RegistryMembership>();
        builder.Services.AddHubEventAdmission();
        builder.Services.AddSingleton<HubMembershipDesk>();
        builder.AddHubsMessaging(DirectoryEndpoint.AddConsumers, DirectoryEndpoint.Configure);

        // Resync: Directory:ResyncOnStart sits beside the other Directory settings.
        builder.Services.AddOptions<ResyncOptions>().Bind(builder.Configuration.GetSection(DirectoryOptions.Section));
        builder.Services.AddSingleton<SnapshotRequests>();
        builder.Services.AddHostedService<ResyncOnStart>();
    }

    private static void AddStore(IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageOptions.Sqlite;
        if (!string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{provider}' is not available in the directory yet; use '{StorageOptions.Sqlite}'.");
        }

        // Before the bus, so the tables exist before the first event is delivered.
        builder.AddSqliteStore("directory.db", DirectorySchema.Migrations);

        // Membership decisions and snapshot requests reach the network through the outbox; sent rows are deleted.
        builder.AddOutbox();
        builder.Services.AddSqliteOutbox(keepSent: false);
        builder.Services.AddSingleton(sp => new ProjectionWriter(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.GroupCommit));
        // One read model for every adapter of the store: each write marks it, each read refreshes from it (decision 0017).
        builder.Services.AddSingleton<DirectoryReadModel>();
        builder.Services.AddHostedService<DirectoryReadModelWarmUp>();
        builder.Services.AddSingleton<IHubRegistry>(sp => new SqliteHubRegistry(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<ProjectionWriter>(), sp.GetRequiredService<TimeProvider>(),
            ReadModel(sp), sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.NewHubsAwaitAdmission));
        builder.Services.AddSingleton<IExpertDirectory>(sp => new SqliteExpertDirectory(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<ProjectionWriter>(), sp.GetRequiredService<TimeProvider>(),
            ReadModel(sp)));
        builder.Services.AddSingleton<StatisticsMemo>();
        builder.Services.AddSingleton<IConsultationFacts, SqliteConsultationFacts>();
        builder.Services.AddSingleton<IReferralLog, SqliteReferralLog>();
        builder.Services.AddSingleton<IWarmReferrals, SqliteWarmReferrals>();
        builder.Services.AddSingleton<IPracticeAdoptions, SqlitePracticeAdoptions>();
        builder.Services.AddSingleton<IResyncStore>(sp => new SqliteResyncStore(
            sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), ReadModel(sp)));
        builder.Services.AddSingleton<IConsultationOffers, SqliteConsultationOffers>();
    }

    private static DirectoryReadModel? ReadModel(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DirectoryOptions>>().Value.InMemoryReads ? services.GetRequiredService<DirectoryReadModel>() : null;
}

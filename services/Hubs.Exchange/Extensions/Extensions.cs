using Hubs.Exchange.Adoptions;
using Hubs.Exchange.Endorsements;
using Hubs.Exchange.KnownHubs;
using Hubs.Exchange.Messaging;
using Hubs.Exchange.Practices;
using Hubs.Exchange.Statistics;
using Hubs.Exchange.Storage.Sqlite;
using Hubs.ServiceDefaults.Messaging;
using Hubs.ServiceDefaults.OpenApi;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hubs.Exchange.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHubsOpenApi("Hubs — practice exchange", "Best practices published by the hubs: search, versions, adoptions, endorsements, the feed and the network's statistics of them. Reached through the gateway at /api/practices/…");
        builder.Services.TryAddSingleton(TimeProvider.System);

        AddStore(builder);

        // Hub events reach the consumers only from their own hub's broker user, and not while the hub is suspended.
        builder.Services.AddSingleton<EventMetrics>();
        builder.Services.AddSingleton<IRefusedEvents>(sp => sp.GetRequiredService<EventMetrics>());
        builder.Services.AddSingleton<IHubMembership>(sp => sp.GetRequiredService<IHubMemberships>());
        builder.Services.AddHubEventAdmission();
        builder.AddHubsMessaging(ExchangeEndpoint.AddConsumers, ExchangeEndpoint.Configure);
    }

    private static void AddStore(IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Provider ?? StorageOptions.Sqlite;
        if (!string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Storage:Provider '{provider}' is not available in the exchange yet; use '{StorageOptions.Sqlite}'.");
        }

        // Before the bus, so the tables exist before the first event is delivered.
        builder.AddSqliteStore("exchange.db", ExchangeSchema.Migrations);

        // Adoptions reach the network through the outbox; sent rows are deleted.
        builder.AddOutbox();
        builder.Services.AddSqliteOutbox(keepSent: false);
        builder.Services.AddSingleton<IHubCatalog, SqliteHubCatalog>();
        builder.Services.AddSingleton<IHubMemberships, SqliteHubMemberships>();
        builder.Services.AddSingleton<IPracticeStore, SqlitePracticeStore>();
        builder.Services.AddSingleton<IAdoptionStore, SqliteAdoptionStore>();
        builder.Services.AddSingleton<IEndorsementStore, SqliteEndorsementStore>();
        builder.Services.AddSingleton<IPracticeActivityCounts, SqlitePracticeActivityCounts>();
    }
}

using Hubs.ServiceDefaults.Storage;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// The outbox relay (section <c>Outbox</c>), its wake-up signal and its metrics: what a service tells the network
    /// is written to its outbox in the transaction of the change, and only the relay puts it on the broker. The
    /// service registers an <see cref="IOutboxStore"/> (<see cref="AddSqliteOutbox"/>, or its own adapter).
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxRelayOptions>()
            .Bind(builder.Configuration.GetSection(OutboxRelayOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxMetrics>();

        // The bus, not a scoped endpoint: the relay publishes and sends outside any consume context.
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, sp.GetRequiredService<IBus>()));
        return builder;
    }

    /// <summary>The outbox in the service's SQLite file; <paramref name="keepSent"/>: keep confirmed rows, or delete them.</summary>
    public static IServiceCollection AddSqliteOutbox(this IServiceCollection services, bool keepSent = true)
    {
        services.AddSingleton(sp => new SqliteOutboxStore(sp.GetRequiredService<SqliteDatabase>(), keepSent));
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqliteOutboxStore>());
        services.AddSingleton<IOutboxWriter>(sp => sp.GetRequiredService<SqliteOutboxStore>());
        return services;
    }
}

using Hubs.HubNode.Demo;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.HubNode.Outbox;
using Hubs.HubNode.Storage;
using Hubs.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<HubOptions>()
            .Bind(builder.Configuration.GetSection(HubOptions.Section))
            .PostConfigure(DemoHubs.FillGaps)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidation>();
        services.AddOptions<OutboxRelayOptions>()
            .Bind(builder.Configuration.GetSection(OutboxRelayOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOpenApi();

        // Hosted services start in registration order: schema, then the writers that need it, then the publishers.
        builder.AddHubNodeStore();
        builder.AddHubsMessaging();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<ExpertRoster>();

        services.AddHostedService<HubAnnouncement>();
        services.AddHostedService<DemoSeeding>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<OutboxRelay>(sp, sp.GetRequiredService<IBus>()));
        services.AddHostedService<Heartbeat>();
        return builder;
    }
}

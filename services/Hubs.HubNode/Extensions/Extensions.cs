using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Demo;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Messaging;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Snapshots;
using Hubs.HubNode.Storage;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Consent;
using Hubs.ServiceDefaults.Messaging;
using Hubs.ServiceDefaults.OpenApi;
using Hubs.ServiceDefaults.Outbox;
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
        services.AddOptions<AvailabilityOptions>()
            .Bind(builder.Configuration.GetSection(AvailabilityOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The one clock (decision 22): booking rules read it as a NodaTime Instant; tests swap in a fake.
        services.TryAddSingleton(TimeProvider.System);
        services.AddHubsOpenApi("Hubs — hub node", "One hub's API: experts, availability, slots, bookings, outcomes, cases, practices, referrals and its consent text. Reached through the gateway at /api/hubs/{hubId}/…");

        // Hosted services start in registration order: schema, then the writers that need it, then the publishers.
        builder.AddHubNodeStore();
        builder.AddHubsMessaging(HubEndpoint.AddConsumers, HubEndpoint.Configure);

        // A referral must come from the hub it names (or the directory), a status from the hub holding the referral,
        // a snapshot request from the directory: checked on the broker-validated user before any consumer runs.
        services.AddHubEventAdmission();
        services.AddSingleton<RefusedMessages>();
        services.AddSingleton<IRefusedEvents>(sp => sp.GetRequiredService<RefusedMessages>());
        builder.AddBookings();
        builder.AddConsent(PrivacyConsent.BuiltIn);
        builder.AddReferrals();
        builder.AddMail();

        builder.AddOutbox();
        services.AddSingleton(typeof(VersionedWriter<>));
        services.AddSingleton<IVersionedStore<Expert>>(sp => sp.GetRequiredService<IExpertStore>());
        services.AddSingleton<IVersionedStore<Practice>>(sp => sp.GetRequiredService<IPracticeStore>());
        services.AddSingleton<HubSnapshot>();
        services.AddSingleton<AvailabilitySummaryPublisher>();
        services.AddSingleton<AvailabilitySchedule>();
        services.AddSingleton<SlotListing>();

        // Nothing is busy until bookings exist; the booking store registers its own IExpertBusyTimes in place of this.
        services.TryAddSingleton<IExpertBusyTimes, NoBusyTimes>();

        services.AddHostedService<HubAnnouncement>();
        services.AddHostedService<DemoSeeding>();
        services.AddHostedService<Heartbeat>();
        services.AddHostedService<AvailabilitySummaryRefresh>();
        return builder;
    }
}

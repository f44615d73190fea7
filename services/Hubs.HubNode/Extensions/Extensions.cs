using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Demo;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Messaging;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Slots;
using Hubs.HubNode.Snapshots;
using Hubs.HubNode.Storage;
using Hubs.HubNode.Intake;
using Hubs.ServiceDefaults.Consent;
using Hubs.ServiceDefaults.Messaging;
using Hubs.ServiceDefaults.OpenApi;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

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
        services.TryAddSingleton(TimeProvider.System);

        // Slots and availability read the time through NodaTime; tests swap in a FakeClock.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
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
        services.AddSingleton<ExpertRoster>();
        services.AddSingleton<PracticeLibrary>();
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

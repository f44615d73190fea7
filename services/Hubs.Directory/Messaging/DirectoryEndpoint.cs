using Hubs.ServiceDefaults.Messaging;
using Hubs.Directory.Referrals;
using Hubs.Directory.Resync;
using MassTransit;

namespace Hubs.Directory.Messaging;

/// <summary>
/// The directory's one queue. Its consumers run concurrently (prefetch 100) and in any order: the store's
/// version-gated upserts, not delivery order, make the result right.
/// </summary>
public static class DirectoryEndpoint
{
    public const string Name = "directory";

    public static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<HubAnnouncedConsumer>();
        bus.AddConsumer<HubHeartbeatConsumer>();
        bus.AddConsumer<ExpertPublishedConsumer>();
        bus.AddConsumer<ExpertRetiredConsumer>();
        bus.AddConsumer<ExpertAvailabilityChangedConsumer>();
        bus.AddConsumer<ConsultationConsumer>();
        bus.AddConsumer<SnapshotCompletedConsumer>();
        bus.AddConsumer<ReferralStatusChangedConsumer>();
        bus.AddConsumer<PracticeAdoptedConsumer>();
    }

    public static void Configure(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Name, e =>
        {
            MessagingRegistration.ApplyEndpointRules(e, context);
            e.ConfigureConsumer<HubAnnouncedConsumer>(context);
            e.ConfigureConsumer<HubHeartbeatConsumer>(context);
            e.ConfigureConsumer<ExpertPublishedConsumer>(context);
            e.ConfigureConsumer<ExpertRetiredConsumer>(context);
            e.ConfigureConsumer<ExpertAvailabilityChangedConsumer>(context);
            e.ConfigureConsumer<ConsultationConsumer>(context);
            e.ConfigureConsumer<SnapshotCompletedConsumer>(context);
            e.ConfigureConsumer<ReferralStatusChangedConsumer>(context);
            e.ConfigureConsumer<PracticeAdoptedConsumer>(context);
        });
}

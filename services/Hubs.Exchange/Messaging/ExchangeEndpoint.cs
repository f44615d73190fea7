using Hubs.ServiceDefaults.Messaging;
using MassTransit;

namespace Hubs.Exchange.Messaging;

/// <summary>The exchange's one queue; its consumers may run concurrently, the store's version gate keeps them right.</summary>
public static class ExchangeEndpoint
{
    public const string Name = "exchange";

    public static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<HubAnnouncedConsumer>();
        bus.AddConsumer<PracticeConsumer>();
        bus.AddConsumer<HubMembershipChangedConsumer>();
    }

    public static void Configure(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator bus) =>
        bus.ReceiveEndpoint(Name, e =>
        {
            MessagingRegistration.ApplyEndpointRules(e, context);
            e.ConfigureConsumer<HubAnnouncedConsumer>(context);
            e.ConfigureConsumer<PracticeConsumer>(context);
            e.ConfigureConsumer<HubMembershipChangedConsumer>(context);
        });
}

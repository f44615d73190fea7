using Hubs.HubNode.Hubs;
using Hubs.HubNode.Snapshots;
using Hubs.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Messaging;

/// <summary>
/// The hub's own queue, <c>hub-{hubId}</c>: what the network addresses to this hub. Snapshot requests are published to
/// every hub and reach it through the queue's binding to <c>hubs.snapshot-requested</c>; messages for this hub alone
/// (referrals) can be sent straight to <c>queue:hub-{hubId}</c>. Replicas of one hub share the queue, so each message
/// is handled once per hub.
/// </summary>
public static class HubEndpoint
{
    public static string QueueName(string hubId) => $"hub-{hubId}";

    public static void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddConsumer<SnapshotRequestedConsumer>();

    public static void Configure(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator bus)
    {
        var hubId = context.GetRequiredService<IOptions<HubOptions>>().Value.Id;
        bus.ReceiveEndpoint(QueueName(hubId), e =>
        {
            MessagingRegistration.ApplyEndpointRules(e);
            e.ConfigureConsumer<SnapshotRequestedConsumer>(context);
        });
    }
}

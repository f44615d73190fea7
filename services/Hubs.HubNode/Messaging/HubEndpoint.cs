using Hubs.Contracts.Commands;
using Hubs.HubNode.Profile;
using Hubs.HubNode.Referrals;
using Hubs.HubNode.Snapshots;
using Hubs.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Messaging;

/// <summary>
/// The hub's own queue, <c>hub-{hubId}</c>: what the network addresses to this hub. Snapshot requests are published to
/// every hub and reach it through the queue's binding to <c>hubs.snapshot-requested</c>; messages for this hub alone
/// (referrals) can be sent straight to it through <c>exchange:hub-{hubId}</c>, which MassTransit binds to this queue. Replicas of one hub share the queue, so each message
/// is handled once per hub.
/// </summary>
public static class HubEndpoint
{
    public static string QueueName(string hubId) => $"hub-{hubId}";

    public static void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SnapshotRequestedConsumer>();
        bus.AddConsumer<ReferBusinessConsumer>();
        bus.AddConsumer<ReferralStatusChangedConsumer>();
    }

    public static void Configure(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator bus)
    {
        var hubId = context.GetRequiredService<IOptions<HubOptions>>().Value.Id;
        bus.ReceiveEndpoint(QueueName(hubId), e =>
        {
            MessagingRegistration.ApplyEndpointRules(e, context);
            e.ConfigureConsumer<SnapshotRequestedConsumer>(context);

            // Warm referrals: ReferBusiness is sent straight to this queue; ReferralStatusChanged is published to every
            // hub (the queue is bound to hubs.referral-status-changed) and kept only by the hub that made the referral.
            // Sent to this queue only: no exchange of its own bound here, which a publish could fan out to every hub and
            // which no hub's broker user may declare (deploy/rabbitmq/definitions.template.json).
            e.ConfigureMessageTopology<ReferBusiness>(false);
            e.ConfigureConsumer<ReferBusinessConsumer>(context);
            e.ConfigureConsumer<ReferralStatusChangedConsumer>(context);
        });
    }
}

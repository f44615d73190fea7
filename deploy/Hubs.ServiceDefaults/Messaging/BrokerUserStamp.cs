using MassTransit;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// The one place a service stamps the AMQP <c>user_id</c> on what it publishes or sends: the connection's own user, the
/// only value the broker accepts (any other closes the channel with 406 and MassTransit would retry it without end).
/// MassTransit runs publishes through the publish pipe only, so the filter sits in both pipes.
/// </summary>
public sealed class BrokerUserStamp(string user) : IFilter<SendContext>, IFilter<PublishContext>
{
    public string User { get; } = user;

    public Task Send(SendContext context, IPipe<SendContext> next)
    {
        Stamp(context);
        return next.Send(context);
    }

    public Task Send(PublishContext context, IPipe<PublishContext> next)
    {
        Stamp(context);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("brokerUserStamp");

    private void Stamp(SendContext context)
    {
        // Only the RabbitMQ transport has the property; the in-memory test harness has nothing to stamp.
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.BasicProperties.UserId = User;
        }
    }
}

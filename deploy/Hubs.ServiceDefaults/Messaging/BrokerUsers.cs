using MassTransit;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// The broker user names of the network; <c>deploy/rabbitmq/definitions.template.json</c> grants each what it may do.
/// A hub id never contains <c>_</c>, so <c>hub-{id}</c> never collides with another hub's <c>_error</c> queue.
/// </summary>
public static class BrokerUsers
{
    public const string Directory = "directory";
    public const string Exchange = "exchange";

    public const string HubPrefix = "hub-";

    public static string ForHub(string? hubId) => HubPrefix + hubId;

    /// <summary>The publisher's broker user as the broker validated it; null when the message carries none (or came not over RabbitMQ).</summary>
    public static string? PublisherOf(ConsumeContext context) =>
        context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery) && delivery.Properties.IsUserIdPresent()
            ? delivery.Properties.UserId
            : null;
}

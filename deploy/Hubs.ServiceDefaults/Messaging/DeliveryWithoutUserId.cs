using MassTransit;
using RabbitMQ.Client;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>A RabbitMQ delivery as a move to <c>_error</c> or <c>_skipped</c> copies it: every property but <c>user_id</c>.</summary>
internal sealed class DeliveryWithoutUserId(RabbitMqBasicConsumeContext delivery) : RabbitMqBasicConsumeContext
{
    public string Exchange => delivery.Exchange;

    public string? RoutingKey => delivery.RoutingKey;

    public string ConsumerTag => delivery.ConsumerTag;

    public ulong DeliveryTag => delivery.DeliveryTag;

    public IReadOnlyBasicProperties Properties { get; } = new BasicProperties(delivery.Properties) { UserId = null };
}
